/** The engine's composition root: snapshot in → tables, findings, scores → write plan out. No I/O, no Office.js. */
import type { SheetSnapshot } from './snapshot/SheetSnapshot';
import type { SheetLedger, WritePlan } from './plan/WritePlan';
import type { TableReport } from './report/Report';
import type { Profile } from './profiles/Profile';
import type { FindingCode, FindingParams, RenderedFinding } from './findings/catalogue';
import { makeFinding } from './findings/makeFinding';
import { renderFinding } from './findings/renderFinding';
import { detectTables } from './detect/detectTables';
import { readTable } from './model/readTable';
import { scoreTable } from './score/scoreTable';
import { buildClearPlan, buildPlan } from './plan/buildPlan';
import { virginSnapshot } from './plan/virginSnapshot';
import { toReport } from './report/toReport';

export type Locale = 'zh-CN' | 'en-US';

export interface ScoreOptions {
  profile: Profile;
  /** What selfeval wrote on this sheet last time (from the workbook's ledger), so rescoring replaces it exactly. */
  ledger?: SheetLedger | null;
  locale?: Locale;
  /** Timestamp stored in the ledger; empty by default so that rescoring leaves an identical workbook. */
  now?: string;
}

/** A finding as the engine keeps it: rendered, with its 0-based cell (the order of the report and plan). */
interface RaisedFinding {
  row: number;
  col: number;
  rendered: RenderedFinding;
}

export type ScoreOutcome =
  | { ok: true; tables: TableReport[]; plan: WritePlan }
  | { ok: false; error: { code: 'TABLE_NOT_FOUND'; message: string } };

const NOT_FOUND: Record<Locale, (sheet: string) => string> = {
  'zh-CN': (sheet) => `工作表「${sheet}」中没有找到绩效自评表：需要一行表头，含“三级指标”（或“指标名称”）、“指标值”以及“实际完成值”或“权重/分值”。`,
  'en-US': (sheet) => `No self-evaluation table found on sheet "${sheet}": a header row needs 三级指标 (or 指标名称), a target column (指标值) and an actual (实际完成值) or weight (权重/分值) column.`,
};

/** Finds every table on the sheet, validates and scores it, and plans what to write back. */
export function scoreSheet(snapshot: SheetSnapshot, options: ScoreOptions): ScoreOutcome {
  const locale = options.locale ?? 'zh-CN';
  const profile = options.profile;
  const s = virginSnapshot(snapshot, options.ledger ?? null);
  const detected = detectTables(s);
  if (detected.length === 0) return { ok: false, error: { code: 'TABLE_NOT_FOUND', message: NOT_FOUND[locale](snapshot.name) } };

  const tables: TableReport[] = [];
  const planTables = [];
  for (const t of detected) {
    // Each finding is rendered when raised, so its params and the raw Finding die young; the plan needs only the
    // position beside the rendered finding.
    const findings: RaisedFinding[] = [];
    const emit = <K extends FindingCode>(code: K, row: number, col: number, params: FindingParams[K]): void => {
      const f = makeFinding(code, s.name, row, col, params, profile);
      if (f) findings.push({ row, col, rendered: renderFinding(f, locale) });
    };
    const model = readTable(s, t, profile.execution.weight, emit);
    const scored = scoreTable(s, model, profile, emit);
    findings.sort((a, b) => a.row - b.row || a.col - b.col); // stable: same-cell findings stay in the order raised
    const rendered = findings.map((f) => f.rendered);
    tables.push(toReport(s.name, scored, rendered));
    planTables.push({ scored, findings, rendered });
  }
  const plan = buildPlan({
    virgin: s,
    tables: planTables,
    previous: options.ledger ?? null,
    profile: profile.name,
    locale,
    now: options.now ?? '',
  });
  return { ok: true, tables, plan };
}

/** The plan that restores every cell the ledger names and removes the sheet's ledger entry. */
export function clearSheet(snapshot: SheetSnapshot, ledger: SheetLedger | null): WritePlan {
  return buildClearPlan(snapshot.name, ledger);
}

export type { SheetSnapshot, CellValue, CellRange } from './snapshot/SheetSnapshot';
export type { WritePlan, SheetLedger, LedgerEntry, ValueBlock, FillWrite, NoteWrite } from './plan/WritePlan';
export type { Report, TableReport, IndicatorReport, Grade, Status } from './report/Report';
export type { Profile } from './profiles/Profile';
export type { Finding, RenderedFinding, FindingCode, Severity } from './findings/catalogue';
export { FINDING_CATALOGUE, FINDING_CODES } from './findings/catalogue';
export { renderFinding, renderFindings } from './findings/renderFinding';
export * from './plan/ledgerStore';
