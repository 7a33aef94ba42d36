/**
 * A tiny pure applier: a WritePlan applied to a SheetSnapshot in memory, the way the adapters apply it
 * (values, then fills, then notes; null leaves a value alone, '' empties it). The input is not mutated.
 */
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot/SheetSnapshot';
import type { WritePlan } from '../../src/core/plan/WritePlan';
import { toA1 } from '../../src/core/snapshot/address';

export function applyPlan(s: SheetSnapshot, plan: WritePlan): SheetSnapshot {
  const values = s.values.map((r) => r.slice());
  const formats = s.formats.map((r) => r.slice());
  const fills: Record<string, string> = { ...(s.fills ?? {}) };
  const notes: Record<string, string> = { ...(s.notes ?? {}) };
  const put = (row: number, col: number, v: CellValue | undefined, fmt: string | null | undefined): void => {
    const r = row - s.top;
    const c = col - s.left;
    if (r < 0 || c < 0) throw new Error(`plan writes outside the snapshot origin: ${toA1(row, col)}`);
    while (values.length <= r) values.push([]);
    while (formats.length <= r) formats.push([]);
    const vr = values[r];
    const fr = formats[r];
    while (vr.length <= c) vr.push(null);
    while (fr.length <= c) fr.push('General');
    if (v !== null && v !== undefined) vr[c] = v === '' ? null : v;
    if (fmt !== null && fmt !== undefined) fr[c] = fmt;
  };
  for (const b of plan.values) {
    b.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const fmt = b.formats?.[i]?.[j] ?? null;
        if (v === null && fmt === null) return;
        put(b.row + i, b.col + j, v, fmt);
      }),
    );
  }
  for (const f of plan.fills) {
    const a1 = toA1(f.row, f.col);
    if (f.color) fills[a1] = f.color;
    else delete fills[a1];
  }
  for (const n of plan.notes) {
    const a1 = toA1(n.row, n.col);
    if (n.text === null) delete notes[a1];
    else notes[a1] = n.text;
  }
  // Keep rows of equal shape for values and formats.
  for (let r = 0; r < values.length; r++) {
    formats[r] ??= [];
    while (formats[r].length < values[r].length) formats[r].push('General');
    while (values[r].length < formats[r].length) values[r].push(null);
  }
  return { ...s, values, formats, fills, notes };
}

/** A canonical, comparable form: only non-empty values, non-General formats, fills and notes, by A1. */
export function canonical(s: SheetSnapshot): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const rows = Math.max(s.values.length, s.formats.length);
  for (let r = 0; r < rows; r++) {
    const vr = s.values[r] ?? [];
    const fr = s.formats[r] ?? [];
    for (let c = 0; c < Math.max(vr.length, fr.length); c++) {
      const v = vr[c];
      const f = fr[c];
      const a1 = toA1(r + s.top, c + s.left);
      if (v !== null && v !== undefined && v !== '') out[`v:${a1}`] = v;
      if (f && f !== 'General') out[`f:${a1}`] = f;
    }
  }
  for (const [a1, v] of Object.entries(s.fills ?? {})) out[`fill:${a1}`] = v;
  for (const [a1, v] of Object.entries(s.notes ?? {})) out[`note:${a1}`] = v;
  return out;
}
