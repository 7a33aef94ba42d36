import { parseArgs } from 'node:util';

export interface CliOptions {
  command: 'score' | 'help' | 'version';
  inputs: string[];
  out: string | null;
  json: string | null;
  /** null: the profile stored in each workbook, else mof. */
  profile: string | null;
  lang: 'zh' | 'en';
  strict: boolean;
}

export const USAGE = `selfeval — 绩效自评评分助手 (budget performance self-evaluation scorer)

Usage:
  selfeval score <file.xlsx|dir>... [--out PATH] [--json PATH] [--profile NAME|FILE] [--lang zh|en] [--strict]

Options:
  --out PATH        scored copy (one input) or folder for the scored copies (several inputs);
                    default <name>.scored.xlsx beside each input. The input is never overwritten.
  --json PATH       write the JSON report (SPEC §5) to PATH ('-' for standard output)
  --profile P       mof, sichuan, or a JSON file overriding options of either;
                    default: the profile stored in the workbook (task pane or earlier run), else mof
  --lang zh|en      language of messages and written text (default zh)
  --strict          exit 1 when any error finding exists
  -h, --help        this text
  -v, --version     version

Exit status: 0 scored; 1 with --strict and errors; 2 unusable input (not a workbook, encrypted, too large, no table).`;

export class UsageError extends Error {}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        json: { type: 'string' },
        profile: { type: 'string' },
        lang: { type: 'string', default: 'zh' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  const base = { inputs: [], out: null, json: null, profile: null, lang: 'zh' as const, strict: false };
  if (values.version) return { ...base, command: 'version' };
  if (values.help || positionals.length === 0) return { ...base, command: 'help' };
  const [command, ...inputs] = positionals;
  if (command !== 'score') throw new UsageError(`unknown command "${command}" (expected: score)`);
  if (inputs.length === 0) throw new UsageError('score needs at least one .xlsx file or folder');
  if (values.lang !== 'zh' && values.lang !== 'en') throw new UsageError(`--lang must be zh or en, not "${values.lang}"`);
  return {
    command: 'score',
    inputs,
    out: values.out ?? null,
    json: values.json ?? null,
    profile: values.profile ?? null,
    lang: values.lang,
    strict: values.strict ?? false,
  };
}
