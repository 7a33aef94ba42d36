import type { SheetSnapshot } from '../snapshot/SheetSnapshot';
import { fromA1 } from '../snapshot/address';
import type { SheetLedger } from './WritePlan';

/** The sheet as it was before selfeval wrote anything: every ledger entry put back (copy-on-write). */
export function virginSnapshot(s: SheetSnapshot, ledger: SheetLedger | null): SheetSnapshot {
  if (!ledger || ledger.entries.length === 0) return s;
  const values = s.values.slice();
  const formats = s.formats.slice();
  const fills = { ...(s.fills ?? {}) };
  const notes = { ...(s.notes ?? {}) };
  const copied = new Set<number>();
  for (const e of ledger.entries) {
    const { row, col } = fromA1(e.cell);
    const r = row - s.top;
    const c = col - s.left;
    if (r < 0 || c < 0) continue;
    if (!copied.has(r)) {
      copied.add(r);
      values[r] = (values[r] ?? []).slice();
      formats[r] = (formats[r] ?? []).slice();
    }
    if ('value' in e) {
      while (values[r].length <= c) values[r].push(null);
      values[r][c] = e.value ?? null;
    }
    if ('format' in e) {
      while (formats[r].length <= c) formats[r].push('General');
      formats[r][c] = e.format ?? 'General';
    }
    if ('fill' in e) {
      if (e.fill) fills[e.cell] = e.fill;
      else delete fills[e.cell];
    }
    if ('note' in e) {
      if (e.note) notes[e.cell] = e.note;
      else delete notes[e.cell];
    }
  }
  return { ...s, values, formats, fills: s.fills ? fills : undefined, notes: s.notes ? notes : undefined };
}
