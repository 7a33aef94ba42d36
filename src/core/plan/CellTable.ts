/**
 * Items keyed by cell, without A1 strings or hashing: one short list per row (a row holds a handful of planned cells,
 * found by a scan), plus the order in which the cells were first added. buildPlan keeps hundreds of thousands of
 * cells for a large sheet; a Map keyed by A1 text (or by a row·column number beyond the small-integer range) made it
 * the engine's slowest phase.
 */
export class CellTable<T extends { row: number; col: number }> {
  /** rows[row]: that row's items, by column. */
  private readonly rows: T[][] = [];
  private readonly order: T[] = [];

  get size(): number {
    return this.order.length;
  }

  get(row: number, col: number): T | undefined {
    const list = this.rows[row];
    if (list) for (const item of list) if (item.col === col) return item;
    return undefined;
  }

  has(row: number, col: number): boolean {
    return this.get(row, col) !== undefined;
  }

  /** Adds an item for a cell not in the table yet (the caller checked with get). A row's list stays in column order. */
  add(item: T): T {
    const list = (this.rows[item.row] ??= []);
    let i = list.length;
    while (i > 0 && list[i - 1].col > item.col) i--;
    if (i === list.length) list.push(item);
    else list.splice(i, 0, item);
    this.order.push(item);
    return item;
  }

  /** Items in the order their cells were first added. */
  inOrder(): readonly T[] {
    return this.order;
  }

  /** Items by row, then column. */
  byPosition(): T[] {
    const out: T[] = [];
    for (let r = 0; r < this.rows.length; r++) {
      const list = this.rows[r];
      if (list) for (let i = 0; i < list.length; i++) out.push(list[i]);
    }
    return out;
  }
}
