import type ExcelJS from 'exceljs';
import type { WritePlan } from '../core/plan/WritePlan';

type Style = Partial<ExcelJS.Style>;

/**
 * Derived styles, one object per (base style, change): exceljs shares style objects between cells and dedupes them by
 * object identity before serialising (a fresh object per cell costs a font/border/fill XML rendering each at save).
 * Cells whose base style is the same object (or empty) and that get the same number format or fill share the derived
 * object. Derived objects are never mutated (every change goes through another lookup), so sharing them is safe.
 */
class StyleCache {
  private readonly derived = new WeakMap<object, Map<string, Style>>();
  private readonly empty: object = {};

  with(base: Style | undefined, key: string, change: Style): Style {
    const owner = !base || Object.keys(base).length === 0 ? this.empty : base;
    let byKey = this.derived.get(owner);
    if (!byKey) this.derived.set(owner, (byKey = new Map()));
    let style = byKey.get(key);
    if (!style) {
      style = { ...(owner === this.empty ? {} : base), ...change };
      byKey.set(key, style);
      // A derived style derives further from itself (a cell given a number format, then a fill).
    }
    return style;
  }
}

/** Applies a write plan to an exceljs worksheet. Styles are replaced per cell, never mutated: exceljs shares them. */
export function applyPlanToWorksheet(ws: ExcelJS.Worksheet, plan: WritePlan): void {
  const styles = new StyleCache();
  for (const b of plan.values) {
    b.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const fmt = b.formats?.[i]?.[j] ?? null;
        if (v === null && fmt === null) return;
        const cell = ws.getCell(b.row + i + 1, b.col + j + 1);
        if (v !== null) cell.value = v === '' ? null : v;
        if (fmt !== null) cell.style = styles.with(cell.style, `n:${fmt}`, { numFmt: fmt }) as ExcelJS.Style;
      }),
    );
  }
  for (const f of plan.fills) {
    const cell = ws.getCell(f.row + 1, f.col + 1);
    const fill: ExcelJS.Fill = f.color
      ? { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${f.color.slice(1).toUpperCase()}` } }
      : { type: 'pattern', pattern: 'none' };
    cell.style = styles.with(cell.style, `f:${f.color ?? ''}`, { fill }) as ExcelJS.Style;
  }
  for (const n of plan.notes) {
    const cell = ws.getCell(n.row + 1, n.col + 1);
    if (n.text === null) (cell as { note?: unknown }).note = undefined;
    else cell.note = n.text;
  }
}
