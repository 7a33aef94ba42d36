import type { CellValue } from '../core/snapshot/SheetSnapshot';
import { rangeA1, toA1 } from '../core/snapshot/address';
import type { FillWrite, ValueBlock, WritePlan } from '../core/plan/WritePlan';
import { LEDGER_SHEET, encodeLedger, type WorkbookLedger } from '../core/plan/ledgerStore';
import type { ExcelCapabilities } from './ExcelHost';
import { COMMAND_OVERHEAD_BYTES, estimateBytes, utf8Length } from './estimateBytes';
import type { SheetRead } from './readSnapshot';

/** Lazily created proxies shared by the ops of one context. */
export interface WriteTargets {
  sheet(): Excel.Worksheet;
  ledgerSheet(): Excel.Worksheet;
  /** Adds the ledger sheet (very hidden) and makes ledgerSheet() return it. */
  addLedgerSheet(): Excel.Worksheet;
}

const jsonBytes = (v: unknown): number => utf8Length(JSON.stringify(v));

/** One group of queued commands and its estimated request size. */
export interface WriteOp {
  bytes: number;
  queue(t: WriteTargets): void;
}

export interface WriteOps {
  /** Values, fills, notes of the scored sheet, in that order. */
  content: WriteOp[];
  /** The ledger sheet (created if missing) and its column A; empty when the ledger is unchanged. */
  ledger: WriteOp[];
}

type ExcelValue = string | number | boolean;

/** Excel parses typed text: keep strings that would turn into formulas, numbers or dates as text. */
function excelValue(v: CellValue): ExcelValue {
  if (v === null) return '';
  if (typeof v !== 'string') return v;
  if (/^[='+\-@]/.test(v) || /^\s*[\d.,]+\s*%?\s*$/.test(v) || /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(v)) return `'${v}`;
  return v;
}

/** Splits rows [0, n) into consecutive slices whose estimated size stays under `maxBytes`. */
function sliceRows(sizes: number[], maxBytes: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let acc = 0;
  sizes.forEach((s, i) => {
    if (i > start && acc + s > maxBytes) {
      out.push([start, i]);
      start = i;
      acc = 0;
    }
    acc += s;
  });
  if (sizes.length > start) out.push([start, sizes.length]);
  return out;
}

function valueOps(block: ValueBlock, maxBytes: number): WriteOp[] {
  const ops: WriteOp[] = [];
  // Ragged blocks: write runs of rows with the same width.
  let i = 0;
  while (i < block.values.length) {
    const width = block.values[i].length;
    let j = i;
    while (j < block.values.length && block.values[j].length === width) j++;
    if (width > 0) {
      const rows = block.values.slice(i, j).map((r) => r.map(excelValue));
      const fmts = block.formats?.slice(i, j);
      // An incomplete format block is written as one command per run of formats in a row: count their envelopes.
      const completeFormats = fmts ? fmts.every((r) => r.length === width && r.every((f) => f !== null)) : true;
      const sizes = rows.map((r, k) => jsonBytes(r) + (fmts?.[k] ? jsonBytes(fmts[k]) + (completeFormats ? 0 : formatRuns(fmts[k]) * COMMAND_OVERHEAD_BYTES) : 0));
      for (const [a, b] of sliceRows(sizes, maxBytes)) {
        const top = block.row + i + a;
        const values = rows.slice(a, b);
        const formats = fmts?.slice(a, b);
        const bytes = sizes.slice(a, b).reduce((x, y) => x + y, 0) + 2 * estimateBytes(null);
        ops.push({
          bytes,
          queue: (t) => {
            const sheet = t.sheet();
            if (formats) queueFormats(sheet, top, block.col, formats, width);
            sheet.getRange(rangeA1(top, block.col, top + values.length - 1, block.col + width - 1)).values = values;
          },
        });
      }
    }
    i = j;
  }
  return ops;
}

/** Runs of non-null formats in a row (one command each when the block is incomplete). */
function formatRuns(row: (string | null)[]): number {
  let n = 0;
  row.forEach((f, i) => {
    if (f !== null && (i === 0 || row[i - 1] === null)) n++;
  });
  return n;
}

/** Number formats: one rectangle when complete, else runs of non-null entries per row (null = leave alone). */
function queueFormats(sheet: Excel.Worksheet, top: number, left: number, formats: (string | null)[][], width: number): void {
  const complete = formats.length > 0 && formats.every((r) => r.length === width && r.every((f) => f !== null));
  if (complete) {
    sheet.getRange(rangeA1(top, left, top + formats.length - 1, left + width - 1)).numberFormat = formats as string[][];
    return;
  }
  formats.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (row[c] === null) {
        c++;
        continue;
      }
      let e = c;
      while (e < row.length && row[e] !== null) e++;
      sheet.getRange(rangeA1(top + r, left + c, top + r, left + e - 1)).numberFormat = [row.slice(c, e) as string[]];
      c = e;
    }
  });
}

/** Horizontal runs of same-coloured cells, one command each. */
function fillOps(fills: FillWrite[]): WriteOp[] {
  const sorted = [...fills].sort((a, b) => a.row - b.row || a.col - b.col);
  const ops: WriteOp[] = [];
  let k = 0;
  while (k < sorted.length) {
    const first = sorted[k];
    let e = k + 1;
    while (e < sorted.length && sorted[e].row === first.row && sorted[e].col === sorted[e - 1].col + 1 && sorted[e].color === first.color) e++;
    const last = sorted[e - 1];
    const address = rangeA1(first.row, first.col, last.row, last.col);
    const color = first.color;
    ops.push({
      bytes: estimateBytes({ address, color }),
      queue: (t) => {
        const fill = t.sheet().getRange(address).format.fill;
        if (color === null) fill.clear();
        else fill.color = color;
      },
    });
    k = e;
  }
  return ops;
}

function noteOps(plan: WritePlan, existing: Record<string, string>): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const n of plan.notes) {
    const a1 = toA1(n.row, n.col);
    const had = Object.prototype.hasOwnProperty.call(existing, a1);
    if (n.text === null) {
      if (!had) continue;
      ops.push({ bytes: estimateBytes(a1), queue: (t) => t.sheet().notes.getItem(a1).delete() });
    } else if (had) {
      if (existing[a1] === n.text) continue;
      const text = n.text;
      ops.push({ bytes: estimateBytes(text), queue: (t) => (t.sheet().notes.getItem(a1).content = text) });
    } else {
      const text = n.text;
      ops.push({ bytes: estimateBytes(text), queue: (t) => t.sheet().notes.add(t.sheet().getRange(a1), text) });
    }
  }
  return ops;
}

function ledgerOps(read: SheetRead, next: WorkbookLedger, maxBytes: number): WriteOp[] {
  const cells = encodeLedger(next);
  const old = read.ledgerSheet.column;
  const unchanged = read.ledgerSheet.exists
    ? cells.length === old.length && cells.every((c, i) => c === old[i])
    : next.profile === null && next.sheets.length === 0;
  if (unchanged) return [];
  const ops: WriteOp[] = [];
  if (!read.ledgerSheet.exists) {
    ops.push({
      bytes: estimateBytes(LEDGER_SHEET) * 2,
      queue: (t) => {
        t.addLedgerSheet().visibility = 'VeryHidden';
      },
    });
  }
  // Pad with '' so rows left over from a longer ledger are cleared. Text format keeps JSON from being parsed.
  const n = Math.max(cells.length, old.length);
  const column: string[] = [];
  for (let i = 0; i < n; i++) column.push(cells[i] ?? '');
  const sizes = column.map((c) => jsonBytes(c) + 12);
  for (const [a, b] of sliceRows(sizes, maxBytes)) {
    const values = column.slice(a, b).map((c) => [c]);
    ops.push({
      bytes: sizes.slice(a, b).reduce((x, y) => x + y, 0) + 2 * estimateBytes(null),
      queue: (t) => {
        const range = t.ledgerSheet().getRange(rangeA1(a, 0, b - 1, 0));
        range.numberFormat = values.map(() => ['@']);
        range.values = values;
      },
    });
  }
  return ops;
}

/** Turns a plan and the new workbook ledger into size-estimated command groups. */
export function buildWriteOps(plan: WritePlan, read: SheetRead, next: WorkbookLedger, caps: ExcelCapabilities, maxBytes: number): WriteOps {
  const content = [
    ...plan.values.flatMap((b) => valueOps(b, maxBytes)),
    ...fillOps(plan.fills),
    // Below ExcelApi 1.18 notes are skipped: the 校验提示 column carries the same text.
    ...(caps.notes ? noteOps(plan, read.snapshot.notes ?? {}) : []),
  ];
  return { content, ledger: ledgerOps(read, next, maxBytes) };
}
