import type ExcelJS from 'exceljs';
import type { WritePlan } from '../core/plan/WritePlan';

/** Applies a write plan to an exceljs worksheet. Styles are replaced per cell, never mutated: exceljs shares them. */
export function applyPlanToWorksheet(ws: ExcelJS.Worksheet, plan: WritePlan): void {
  for (const b of plan.values) {
    b.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const fmt = b.formats?.[i]?.[j] ?? null;
        if (v === null && fmt === null) return;
        const cell = ws.getCell(b.row + i + 1, b.col + j + 1);
        if (v !== null) cell.value = v === '' ? null : v;
        if (fmt !== null) cell.style = { ...cell.style, numFmt: fmt };
      }),
    );
  }
  for (const f of plan.fills) {
    const cell = ws.getCell(f.row + 1, f.col + 1);
    const fill: ExcelJS.Fill = f.color
      ? { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${f.color.slice(1).toUpperCase()}` } }
      : { type: 'pattern', pattern: 'none' };
    cell.style = { ...cell.style, fill };
  }
  for (const n of plan.notes) {
    const cell = ws.getCell(n.row + 1, n.col + 1);
    if (n.text === null) (cell as { note?: unknown }).note = undefined;
    else cell.note = n.text;
  }
}
