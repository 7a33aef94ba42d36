import type { Locale } from '../core/index';
import type { WritePlan } from '../core/plan/WritePlan';
import { LEDGER_SHEET, withSheetLedger, type WorkbookLedger } from '../core/plan/ledgerStore';
import type { ExcelCapabilities } from './ExcelHost';
import { buildWriteOps, type WriteOp, type WriteTargets } from './buildWriteOps';
import { DEFAULT_REQUEST_BUDGET, chunkWriteOps } from './chunkWriteOps';
import { gatewayFailure, type GatewayFailure } from './gatewayMessages';
import type { SheetRead } from './readSnapshot';

export interface ApplyOptions {
  /** Profile name to store with the workbook; undefined keeps the stored one. */
  profile?: string | null;
  /** Estimated request budget per sync. @default DEFAULT_REQUEST_BUDGET */
  maxRequestBytes?: number;
  /** Language of the failure message. @default 'zh-CN' */
  locale?: Locale;
}

export type ApplyResult =
  | { ok: true; syncs: number; chunks: number; ledger: WorkbookLedger }
  /** A protected sheet: nothing written. Office errors at sync reject (see ApplyError). */
  | GatewayFailure;

/** Thrown when a sync fails; says whether earlier chunks were already written. */
export class ApplyError extends Error {
  constructor(
    readonly cause: unknown,
    readonly partial: boolean,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'ApplyError';
  }
}

function targets(context: Excel.RequestContext, sheetName: string): WriteTargets {
  let sheet: Excel.Worksheet | null = null;
  let ledger: Excel.Worksheet | null = null;
  return {
    sheet: () => (sheet ??= context.workbook.worksheets.getItem(sheetName)),
    ledgerSheet: () => (ledger ??= context.workbook.worksheets.getItem(LEDGER_SHEET)),
    addLedgerSheet: () => (ledger = context.workbook.worksheets.add(LEDGER_SHEET)),
  };
}

/**
 * Applies a WritePlan to the workbook and stores the updated ledger in the very-hidden ledger sheet. A protected sheet
 * is refused before anything is queued. A plan within the request budget takes exactly one sync (values, fills, notes,
 * ledger); a larger one is chunked, ledger first, so that a failure half-way can still be cleared. Events are off while
 * writing and restored after, also on failure.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  read: SheetRead,
  caps: ExcelCapabilities,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const locale = options.locale ?? 'zh-CN';
  if (read.snapshot.protected && plan.sheet === read.snapshot.name) {
    return gatewayFailure('SHEET_PROTECTED', locale, { sheet: plan.sheet });
  }
  let next = withSheetLedger(read.ledger, plan.sheet, plan.ledger);
  if (options.profile !== undefined) next = { ...next, profile: options.profile };
  const budget = options.maxRequestBytes ?? DEFAULT_REQUEST_BUDGET;
  const { content, ledger } = buildWriteOps(plan, read, next, caps, Math.floor(budget / 8));
  const all: WriteOp[] = [...content, ...ledger];
  if (all.length === 0) return { ok: true, syncs: 0, chunks: 0, ledger: next };
  const total = all.reduce((n, op) => n + op.bytes, 0);
  // Chunked: the ledger first (its own group, so no content is written before it), then content packed first fit.
  const chunks =
    total <= budget ? [all] : chunkWriteOps([...ledger, ...content], budget, [...ledger.map(() => 0), ...content.map(() => 1)]);

  const t = targets(context, plan.sheet);
  const toggleEvents = caps.enableEvents && read.enableEvents !== false;
  let syncs = 0;
  try {
    for (let i = 0; i < chunks.length; i++) {
      if (i === 0 && toggleEvents) context.runtime.enableEvents = false;
      for (const op of chunks[i]) op.queue(t);
      if (i === chunks.length - 1 && toggleEvents) context.runtime.enableEvents = true;
      await context.sync();
      syncs++;
    }
  } catch (e) {
    if (toggleEvents) {
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined); // the original error is the one to report
    }
    throw new ApplyError(e, syncs > 0);
  }
  return { ok: true, syncs, chunks: chunks.length, ledger: next };
}
