/** Normalised comparison operators. QUAL = qualitative (定性). */
export type Operator = 'GE' | 'GT' | 'LE' | 'LT' | 'EQ' | 'QUAL';

export type ColumnRole =
  | 'level1' | 'level2' | 'name' | 'operator' | 'target' | 'unit' | 'weight' | 'actual' | 'score' | 'reason';

/** A detected indicator table: where it is and which column holds what (0-based absolute indices). */
export interface TableLayout {
  headerRow: number;
  /** Last header row (layout B may have two header rows); data starts below it. */
  headerEnd: number;
  firstRow: number;
  lastRow: number;
  left: number;
  right: number;
  columns: Partial<Record<ColumnRole, number>>;
}

/** A value cell parsed: the operator, number and unit written in it, or its text. */
export interface ParsedValue {
  raw: string | number | boolean | null;
  /** Operator written inside the cell (≥50个), null if none. */
  operator: Operator | null;
  /** Operator text as written, for messages. */
  operatorText: string | null;
  /** 以上/以下 forms. */
  operatorAmbiguous: boolean;
  /** Garbled leading operator-like text that is not a known token (OCR: 到0次). */
  operatorUnknownText: string | null;
  number: number | null;
  unit: string | null;
  /** The number came from a cell with a % number format (Excel stores 0.9 for 90%). */
  percentFormat: boolean;
  /** Excel date (serial number with a date format), or a date written as text, as yyyy-mm-dd. */
  date: string | null;
  /** Trimmed text (NFKC) of the cell. */
  text: string;
}

/** A budget-execution block laid out horizontally above the indicator header (layout B). */
export interface BudgetBlockLayout {
  headerRow: number;
  dataRow: number;
  columns: Partial<Record<'initial' | 'budget' | 'adjusted' | 'executed' | 'weight' | 'rate' | 'score', number>>;
}

/** Layout A: 资金总额 / 财政拨款 / 其他资金 labels with their figures in the row below. */
export interface FundsBlockLayout {
  labelRow: number;
  dataRow: number;
  total: number;
  parts: number[];
}

export interface DetectedTable {
  layout: TableLayout;
  /** Column of the adjusted target (调整指标值), preferred over the target when filled. */
  targetAdjustedCol: number | null;
  budgetBlock: BudgetBlockLayout | null;
  fundsBlock: FundsBlockLayout | null;
}
