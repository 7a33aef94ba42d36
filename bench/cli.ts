/**
 * Command line end to end (`selfeval score` in process: load + validate + score every sheet + write the scored copy)
 * against exceljs alone reading and writing the same 10k-indicator workbook, alternated run by run in the same
 * process. Target: CLI ≤ 1.3 × exceljs I/O. Also a phase breakdown of one CLI run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { run as cli } from '../src/cli/main';
import { mof } from '../src/core/profiles';
import { loadWorkbook, saveWorkbookAtomic } from '../src/xlsx/workbookFile';
import { scoreWorkbook } from '../src/xlsx/scoreWorkbook';
import { generateSheet, type Layout } from './generate';
import { workbookOf } from './workbooks';
import { gc, median, ms, printTable } from './util';

const N = 10_000;
const RUNS = 5;

async function ioAlone(input: string, output: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(output);
}

async function cliRun(input: string, output: string): Promise<void> {
  const sink = { out: () => undefined, err: (s: string) => console.error(s) };
  const status = await cli(['score', input, '--out', output], sink);
  if (status !== 0) throw new Error(`selfeval exited ${status}`);
}

async function phases(input: string, output: string): Promise<Record<string, number>> {
  const t0 = performance.now();
  const wb = await loadWorkbook(input);
  const t1 = performance.now();
  scoreWorkbook(wb, mof, 'zh-CN');
  const t2 = performance.now();
  await saveWorkbookAtomic(wb, output, input);
  const t3 = performance.now();
  return { load: t1 - t0, scoreAndApply: t2 - t1, save: t3 - t2 };
}

export async function run(): Promise<unknown> {
  const dir = mkdtempSync(path.join(tmpdir(), 'selfeval-bench-cli-'));
  const figures: Record<string, unknown>[] = [];
  try {
    for (const layout of ['A', 'B'] as Layout[]) {
      const input = path.join(dir, `bench-${layout}-${N}.xlsx`);
      await workbookOf(generateSheet(layout, N)).xlsx.writeFile(input);
      const out1 = path.join(dir, `io-${layout}.xlsx`);
      const out2 = path.join(dir, `cli-${layout}.xlsx`);
      await ioAlone(input, out1); // warm both paths (module loading, JIT)
      await cliRun(input, out2);
      const io: number[] = [];
      const full: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        for (const [fn, into] of (i % 2 ? [[cliRun, full], [ioAlone, io]] : [[ioAlone, io], [cliRun, full]]) as [typeof ioAlone, number[]][]) {
          gc();
          const t = performance.now();
          await fn(input, into === io ? out1 : out2);
          into.push(performance.now() - t);
        }
      }
      gc();
      const p = await phases(input, out2);
      const ratio = median(full) / median(io);
      figures.push({ layout, indicators: N, ioMs: median(io), cliMs: median(full), ratio, ioRuns: io, cliRuns: full, cliPhases: p });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(
    ['layout', 'indicators', 'exceljs read+write ms', 'selfeval score ms', 'ratio', 'CLI phases: load / score+apply / save ms'],
    figures.map((f) => {
      const p = f.cliPhases as Record<string, number>;
      return [f.layout as string, N, ms(f.ioMs as number), ms(f.cliMs as number), (f.ratio as number).toFixed(2), `${ms(p.load)} / ${ms(p.scoreAndApply)} / ${ms(p.save)}`];
    }),
  );
  const worst = Math.max(...figures.map((f) => f.ratio as number));
  console.log(`target CLI ≤ 1.3 × exceljs I/O: ${worst <= 1.3 ? 'met' : 'MISSED'} (worst ${worst.toFixed(2)})`);
  return { figures };
}
