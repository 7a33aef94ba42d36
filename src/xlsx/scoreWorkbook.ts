import type ExcelJS from 'exceljs';
import { scoreSheet, type Locale } from '../core';
import { LEDGER_SHEET, sheetLedger, withSheetLedger } from '../core/plan/ledgerStore';
import type { Profile } from '../core/profiles/Profile';
import { getProfile, mof } from '../core/profiles';
import type { TableReport } from '../core/report/Report';
import { applyPlanToWorksheet } from './applyPlanToWorksheet';
import { snapshotFromWorksheet } from './snapshotFromWorksheet';
import { readLedger, writeLedger } from './workbookFile';

export interface WorkbookScore {
  tables: TableReport[];
  /** The profile used: the one asked for, else the one stored in the workbook, else mof. */
  profile: Profile;
  /** Sheets skipped because they are protected. */
  protectedSheets: string[];
}

/**
 * Scores every sheet that holds a table and writes the results, notes, fills and ledger into the workbook in memory.
 * Without an explicit profile, the one stored in the workbook (chosen in the task pane or an earlier run) is used.
 */
export function scoreWorkbook(wb: ExcelJS.Workbook, requested: Profile | null, locale: Locale): WorkbookScore {
  let ledger = readLedger(wb);
  const profile = requested ?? (ledger.profile ? getProfile(ledger.profile) : null) ?? mof;
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
  return { tables, profile, protectedSheets };
}
