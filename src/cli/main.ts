import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../core';
import type { Report } from '../core/report/Report';
import type { Profile } from '../core/profiles/Profile';
import { getProfile, parseProfile } from '../core/profiles';
import { loadWorkbook, saveWorkbookAtomic } from '../xlsx/workbookFile';
import { scoreWorkbook } from '../xlsx/scoreWorkbook';
import { WorkbookError } from '../xlsx/WorkbookError';
import { parseCliArgs, UsageError, USAGE, type CliOptions } from './args';
import { formatReport } from './reporter';

export const EXIT = { ok: 0, strict: 1, unusable: 2 } as const;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const TABLE_NOT_FOUND: Record<Locale, string> = {
  'zh-CN': '没有找到绩效自评表（需要含“三级指标/指标名称”“指标值”“实际完成值/权重”的表头行）',
  'en-US': 'no self-evaluation table found (a header row with 三级指标/指标名称, 指标值 and 实际完成值/权重 is needed)',
};

async function resolveProfile(spec: string): Promise<Profile> {
  const builtin = getProfile(spec);
  if (builtin) return builtin;
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(spec, 'utf8'));
  } catch (e) {
    throw new UsageError(`--profile ${spec}: not a built-in profile (mof, sichuan) nor a readable JSON file (${(e as Error).message})`);
  }
  const r = parseProfile(json);
  if (!r.ok) throw new UsageError(`--profile ${spec}: ${r.errors.join('; ')}`);
  return r.profile;
}

async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const st = await fs.stat(input).catch(() => null);
    if (st?.isDirectory()) {
      const entries = await fs.readdir(input, { recursive: true });
      for (const e of entries.sort()) {
        const f = path.join(input, e);
        const base = path.basename(f);
        if (/\.xlsx$/i.test(base) && !/\.scored\.xlsx$/i.test(base) && !base.startsWith('~$')) files.push(f);
      }
    } else files.push(input);
  }
  return files;
}

function outputPath(file: string, opts: CliOptions, several: boolean): string {
  const scoredName = path.basename(file).replace(/\.xlsx$/i, '') + '.scored.xlsx';
  if (!opts.out) return path.join(path.dirname(file), scoredName);
  return several ? path.join(opts.out, scoredName) : opts.out;
}

async function scoreFile(file: string, opts: CliOptions, profile: Profile | null, locale: Locale, several: boolean, io: Io): Promise<Report> {
  const report: Report = { file, profile: profile?.name ?? 'mof', tables: [], error: null };
  try {
    const wb = await loadWorkbook(file);
    const scored = scoreWorkbook(wb, profile, locale);
    const { tables } = scored;
    report.profile = scored.profile.name;
    for (const sheet of scored.protectedSheets) io.err(`selfeval: ${path.basename(file)}: sheet "${sheet}" is protected; scored, but nothing was written to it`);
    if (tables.length === 0) throw new WorkbookError('TABLE_NOT_FOUND', `${path.basename(file)}: ${TABLE_NOT_FOUND[locale]}`);
    const out = outputPath(file, opts, several);
    if (several && opts.out) await fs.mkdir(opts.out, { recursive: true });
    await saveWorkbookAtomic(wb, out, file);
    report.tables = tables;
  } catch (e) {
    if (!(e instanceof WorkbookError)) throw e;
    report.error = { code: e.code, message: e.message };
  }
  return report;
}

/** Runs the command line; returns the exit status (SPEC §5). */
export async function run(argv: string[], io: Io): Promise<number> {
  let opts: CliOptions;
  let profile: Profile | null = null;
  try {
    opts = parseCliArgs(argv);
    if (opts.command === 'help') {
      io.out(USAGE);
      return EXIT.ok;
    }
    if (opts.command === 'version') {
      io.out(require('../../package.json').version as string);
      return EXIT.ok;
    }
    if (opts.profile !== null) profile = await resolveProfile(opts.profile);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`selfeval: ${e.message}\n${USAGE.split('\n').slice(2, 4).join('\n')}`);
    return EXIT.unusable;
  }
  const locale: Locale = opts.lang === 'en' ? 'en-US' : 'zh-CN';
  const files = await expandInputs(opts.inputs);
  if (files.length === 0) {
    io.err('selfeval: no .xlsx files found in the given folders');
    return EXIT.unusable;
  }
  const several = files.length > 1;
  const reports: Report[] = [];
  let status: number = EXIT.ok;
  for (const file of files) {
    const r = await scoreFile(file, opts, profile, locale, several, io);
    reports.push(r);
    if (r.error) {
      io.err(`selfeval: ${r.error.message} (${r.error.code})`);
      status = Math.max(status, EXIT.unusable);
      continue;
    }
    io.out(formatReport(r, locale));
    io.out(`→ ${outputPath(file, opts, several)}`);
    if (opts.strict && r.tables.some((t) => t.findings.some((f) => f.severity === 'error'))) status = Math.max(status, EXIT.strict);
  }
  if (opts.json) {
    const text = JSON.stringify(several ? reports : reports[0], null, 2);
    if (opts.json === '-') io.out(text);
    else await fs.writeFile(opts.json, text + '\n');
  }
  return status;
}
