/** The engine's composition root: snapshot in → tables, findings, scores → write plan out. No I/O, no Office.js. */
import type { SheetSnapshot } from './snapshot/SheetSnapshot';
import type { SheetLedger, WritePlan } from './plan/WritePlan';
import type { TableReport } from './report/Report';
import type { Profile } from './profiles/Profile';

export type Locale = 'zh-CN' | 'en-US';

export interface ScoreOptions {
  profile: Profile;
  /** What selfeval wrote on this sheet last time (from the workbook's ledger), so rescoring replaces it exactly. */
  ledger?: SheetLedger | null;
  locale?: Locale;
  /** ISO timestamp stored in the ledger; defaults to now. */
  now?: string;
}

export type ScoreOutcome =
  | { ok: true; tables: TableReport[]; plan: WritePlan }
  | { ok: false; error: { code: 'TABLE_NOT_FOUND'; message: string } };

export declare function scoreSheet(snapshot: SheetSnapshot, options: ScoreOptions): ScoreOutcome;
/** The plan that restores every cell the ledger names and removes the sheet's ledger entry. */
export declare function clearSheet(snapshot: SheetSnapshot, ledger: SheetLedger | null): WritePlan;
