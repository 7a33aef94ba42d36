import type { Operator, ParsedValue } from './Table';

/** One indicator row of a table, as read: names, parsed cells and where each came from. */
export interface Indicator {
  row: number;
  level1: string;
  level2: string;
  name: string;
  /** Name cell column (for findings about the row). */
  nameCol: number;
  operator: Operator | null;
  /** Where the operator was read: its own column, or the target cell (layout B). */
  operatorCol: number;
  operatorText: string;
  operatorAmbiguous: boolean;
  operatorUnknown: boolean;
  operatorMissing: boolean;
  target: ParsedValue;
  targetCol: number;
  actual: ParsedValue;
  actualCol: number;
  /** Unit text and the column it was read from. */
  unit: string | null;
  unitCol: number;
  weightCol: number;
  /** Weight in points (null when missing or invalid). */
  weight: number | null;
  /** The table's own 得分 for this row, when stated. */
  statedScore: number | null;
  scoreCol: number | null;
  reasonCol: number | null;
  reasonEmpty: boolean;
}

/** 预算执行情况 as stated in the table (in-table rows of layouts B/C, or the block above the header). */
export interface BudgetExecution {
  row: number;
  budget: number | null;
  executed: number | null;
  /** Cell of the budget figure (findings point here). */
  col: number;
  weight: number;
  statedRate: number | null;
  statedRateCol: number | null;
  statedScore: number | null;
  scoreCol: number | null;
  /** The row is inside the indicator table (output columns carry its rate and score). */
  inTable: boolean;
  label: string;
}

export interface TotalRow {
  row: number;
  stated: number | null;
  scoreCol: number | null;
}
