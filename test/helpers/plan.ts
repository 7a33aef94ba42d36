/** Reading a write plan back as cells, for assertions. */
import type { CellValue } from '../../src/core/snapshot/SheetSnapshot';
import type { WritePlan } from '../../src/core/plan/WritePlan';
import { toA1 } from '../../src/core/snapshot/address';

export interface PlannedCells {
  values: Map<string, CellValue>;
  formats: Map<string, string>;
  fills: Map<string, string | null>;
  notes: Map<string, string | null>;
}

/** Every cell the plan writes (later writes win, as adapters apply them). */
export function plannedCells(plan: WritePlan): PlannedCells {
  const out: PlannedCells = { values: new Map(), formats: new Map(), fills: new Map(), notes: new Map() };
  for (const b of plan.values) {
    b.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const a = toA1(b.row + i, b.col + j);
        if (v !== null) out.values.set(a, v);
        const f = b.formats?.[i]?.[j];
        if (f) out.formats.set(a, f);
      }),
    );
  }
  for (const f of plan.fills) out.fills.set(toA1(f.row, f.col), f.color);
  for (const n of plan.notes) out.notes.set(toA1(n.row, n.col), n.text);
  return out;
}
