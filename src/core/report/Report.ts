import type { RenderedFinding } from '../findings/catalogue';
import type { Operator } from '../model/Table';

/** SPEC §5 report shapes: plain JSON, shared by the CLI's --json and the task pane. */
export type Grade = '优' | '良' | '中' | '差';
export type Status = 'met' | 'partial' | 'missed' | 'unscored';

export interface IndicatorReport {
  row: number;
  level1: string;
  level2: string;
  name: string;
  operator: Exclude<Operator, never> | null;
  target: number | string | null;
  actual: number | string | null;
  unit: string | null;
  weight: number | null;
  attainment: number | null;
  score: number;
  status: Status;
}

export interface BudgetReport {
  budget: number;
  executed: number;
  rate: number;
  weight: number;
  score: number;
}

export interface TableReport {
  sheet: string;
  headerRow: number;
  range: string;
  indicators: IndicatorReport[];
  budget: BudgetReport | null;
  weightTotal: number;
  score: number;
  maxScore: number;
  normalizedScore: number;
  grade: Grade;
  subtotals: { level1: string; weight: number; score: number }[];
  findings: RenderedFinding[];
}

export type FileErrorCode = 'FILE_NOT_WORKBOOK' | 'FILE_ENCRYPTED' | 'FILE_TOO_LARGE' | 'TABLE_NOT_FOUND';

export interface Report {
  file: string;
  profile: string;
  tables: TableReport[];
  error: { code: FileErrorCode; message: string } | null;
}
