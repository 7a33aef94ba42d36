import type { CellValue } from '../core/snapshot/SheetSnapshot';
import { toCell } from './toCell';
import { LEDGER_SHEET, decodeLedger, type WorkbookLedger } from '../core/plan/ledgerStore';

/** Column A of the ledger sheet from A1 down, given its used range's position and values. */
export function columnA(rowIndex: number, columnIndex: number, values: unknown[][]): CellValue[] {
  if (columnIndex !== 0) return [];
  const col: CellValue[] = new Array<CellValue>(rowIndex).fill(null);
  for (const r of values) col.push(toCell(r[0]));
  while (col.length && col[col.length - 1] === null) col.pop();
  return col;
}

/** The workbook ledger alone (the task pane's start-up): one sync without a ledger sheet, two with one. */
export async function readLedger(context: Excel.RequestContext): Promise<WorkbookLedger> {
  const ledgerSheet = context.workbook.worksheets.getItemOrNullObject(LEDGER_SHEET);
  ledgerSheet.load('name');
  await context.sync();
  if (ledgerSheet.isNullObject) return decodeLedger([]);
  const used = ledgerSheet.getUsedRange(true);
  used.load('rowIndex,columnIndex,values');
  await context.sync();
  return decodeLedger(columnA(used.rowIndex, used.columnIndex, used.values));
}
