import type ExcelJS from 'exceljs';
import { scoreSheet, type Locale } from '../core';
import { LEDGER_SHEET, sheetLedger, withSheetLedger } from '../core/plan/ledgerStore';
import type { Profile } from '../core/profiles/Profile';
import type { TableReport } from '../core/report/Report';
import { applyPlanToWorksheet } from './applyPlanToWorksheet';
import { snapshotFromWorksheet } from './snapshotFromWorksheet';
import { readLedger, writeLedger } from './workbookFile';

export interface WorkbookScore {
  tables: TableReport[];
  /** Sheets skipped because they are protected. */
  protectedSheets: string[];
}

/** Scores every sheet that holds a table and writes the results, notes, fills and ledger into the workbook in memory. */
export function scoreWorkbook(wb: ExcelJS.Workbook, profile: Profile, locale: Locale): WorkbookScore {
  let ledger = readLedger(wb);
  const tables: TableReport[] = [];
  const protectedSheets: string[] = [];
  for (const ws of wb.worksheets) {
    if (ws.name === LEDGER_SHEET) continue;
    const snap = snapshotFromWorksheet(ws);
    const outcome = scoreSheet(snap, { profile, locale, ledger: sheetLedger(ledger, ws.name) });
    if (!outcome.ok) continue;
    tables.push(...outcome.tables);
    if (snap.protected) {
      protectedSheets.push(ws.name);
      continue;
    }
    applyPlanToWorksheet(ws, outcome.plan);
    ledger = withSheetLedger(ledger, ws.name, outcome.plan.ledger);
  }
  writeLedger(wb, { ...ledger, profile: profile.name });
  return { tables, protectedSheets };
}
