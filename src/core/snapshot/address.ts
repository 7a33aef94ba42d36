import type { CellValue, SheetSnapshot } from './SheetSnapshot';

/** Letters of the columns asked for so far: an engine run names the same few columns hundreds of thousands of times. */
const LETTERS: string[] = [];
/** Excel's last column (XFD); beyond it letters are computed, not kept. */
const MAX_MEMO_COL = 16383;

/** 0-based column index → letters (0 → A, 26 → AA). */
export function columnLetters(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  const letters = computeLetters(col);
  if (Number.isInteger(col) && col >= 0 && col <= MAX_MEMO_COL) LETTERS[col] = letters;
  return letters;
}

function computeLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row/column → A1. */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 → 0-based {row, col}; throws on malformed input (programming error, never user data). */
export function fromA1(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(a1.toUpperCase());
  if (!m) throw new Error(`Not an A1 address: ${a1}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${toA1(top, left)}:${toA1(bottom, right)}`;
}

/** Value at an absolute position, null outside the snapshot. */
export function cellAt(s: SheetSnapshot, row: number, col: number): CellValue {
  const r = s.values[row - s.top];
  if (!r) return null;
  const v = r[col - s.left];
  return v === undefined ? null : v;
}

export function formatAt(s: SheetSnapshot, row: number, col: number): string {
  const r = s.formats[row - s.top];
  return (r && r[col - s.left]) || 'General';
}

export function lastRow(s: SheetSnapshot): number {
  return s.top + s.values.length - 1;
}

export function lastCol(s: SheetSnapshot): number {
  let w = 0;
  for (let i = 0; i < s.values.length; i++) if (s.values[i].length > w) w = s.values[i].length;
  return s.left + w - 1;
}

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}
