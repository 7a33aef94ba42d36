import type { TableReport } from '../core/report/Report';

/** What the task pane needs from Excel. src/excel implements it; the UI never touches Office.js directly. */
export interface ScoringGateway {
  /**
   * Scores the active sheet with the profile and stores the profile with the workbook. null: the profile already
   * stored with the workbook (mof when none), read in the same pass as the sheet.
   */
  score(profile: string | null, locale: 'zh-CN' | 'en-US'): Promise<GatewayResult>;
  /** Restores the active sheet to what it was before scoring; tables: [] on success. */
  clear(): Promise<GatewayResult>;
  /** Activates the sheet and selects the cell (A1). */
  select(sheet: string, cell: string): Promise<void>;
  /** The profile stored with the workbook, or null. */
  storedProfile(): Promise<string | null>;
}

export type GatewayResult =
  | { ok: true; sheet: string; tables: TableReport[] }
  | { ok: false; code: string; message: string };
