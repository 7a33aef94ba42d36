import { clearSheet, scoreSheet, type Locale } from '../core/index';
import { sheetLedger } from '../core/plan/ledgerStore';
import type { Profile } from '../core/profiles/Profile';
import { getProfile } from '../core/profiles';
import type { TableReport } from '../core/report/Report';
import type { GatewayResult, ScoringGateway } from '../taskpane/gateway';
import { ApplyError, applyPlan } from './applyPlan';
import { MIN_EXCEL_API, detectCapabilities, officeHost, type ExcelCapabilities, type ExcelHost } from './ExcelHost';
import { gatewayFailure, type GatewayFailure } from './gatewayMessages';
import { officeErrorResult } from './officeErrorResult';
import { readLedger } from './readLedger';
import { readSnapshot } from './readSnapshot';

export interface ExcelGatewayOptions {
  /** Office.js entry points. @default officeHost() (the globals) */
  host?: ExcelHost;
  /** Profile lookup by name. @default core getProfile ('mof' | 'sichuan') */
  profiles?: (name: string) => Profile | null;
  /** Ribbon commands: wait for the user to leave cell edit mode instead of failing. @default false */
  delayForCellEdit?: boolean;
  /** Language of messages for clear() and select(). @default 'zh-CN' */
  locale?: Locale;
  /** Timestamp stored in the ledger. @default none (core stores ''), so rescoring leaves an identical workbook */
  now?: () => string;
  /** Estimated request budget per sync (bytes). */
  maxRequestBytes?: number;
}

export type ScoreActiveSheetResult = { ok: true; sheet: string; tables: TableReport[] } | GatewayFailure;

/** Error thrown by select() (its interface returns void): carries the typed failure. */
export class GatewayError extends Error {
  constructor(readonly failure: GatewayFailure) {
    super(failure.message);
    this.name = 'GatewayError';
  }
}

/**
 * The task pane's and the ribbon's only door to Excel: read the active sheet, run the core, write the plan back.
 * Every Office failure comes back as `{ ok: false, code, message }`; programming errors are rethrown.
 */
export class ExcelGateway implements ScoringGateway {
  private readonly host: ExcelHost;
  private readonly profiles: (name: string) => Profile | null;
  private readonly locale: Locale;

  constructor(private readonly options: ExcelGatewayOptions = {}) {
    this.host = options.host ?? officeHost();
    this.profiles = options.profiles ?? getProfile;
    this.locale = options.locale ?? 'zh-CN';
  }

  score(profile: string | null, locale: Locale): Promise<GatewayResult> {
    return this.scoreActiveSheet({ profile, locale });
  }

  clear(): Promise<GatewayResult> {
    return this.clearActiveSheet();
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.selectCell(sheet, cell);
  }

  storedProfile(): Promise<string | null> {
    return this.getStoredProfile();
  }

  /**
   * Reads (1 sync), scores, writes (1 sync when it fits) and stores the profile name with the workbook.
   * profile null: the one stored with the workbook, else mof — known from the same read, no extra round trip.
   */
  async scoreActiveSheet(args: { profile: string | null; locale?: Locale }): Promise<ScoreActiveSheetResult> {
    const locale = args.locale ?? this.locale;
    if (args.profile !== null && !this.profiles(args.profile)) return gatewayFailure('PROFILE_UNKNOWN', locale, { profile: args.profile });
    return this.session(locale, async (context, caps, where) => {
      const read = await readSnapshot(context, caps);
      const sheet = read.snapshot.name;
      where.sheet = sheet;
      if (read.snapshot.protected) return gatewayFailure('SHEET_PROTECTED', locale, { sheet });
      const stored = read.ledger.profile !== null && this.profiles(read.ledger.profile) ? read.ledger.profile : 'mof';
      const profileName = args.profile ?? stored;
      const profile = this.profiles(profileName);
      if (!profile) return gatewayFailure('PROFILE_UNKNOWN', locale, { profile: profileName });
      const outcome = scoreSheet(read.snapshot, {
        profile,
        ledger: sheetLedger(read.ledger, sheet),
        locale,
        now: this.options.now?.(),
      });
      if (!outcome.ok) return gatewayFailure('TABLE_NOT_FOUND', locale, { sheet, detail: outcome.error.message });
      const applied = await applyPlan(context, outcome.plan, read, caps, {
        profile: profileName,
        locale,
        maxRequestBytes: this.options.maxRequestBytes,
      });
      if (!applied.ok) return applied;
      return { ok: true, sheet, tables: outcome.tables };
    });
  }

  /** Restores every cell the ledger names on the active sheet and drops its ledger entry. */
  async clearActiveSheet(): Promise<GatewayResult> {
    const locale = this.locale;
    return this.session(locale, async (context, caps, where) => {
      const read = await readSnapshot(context, caps);
      const sheet = read.snapshot.name;
      where.sheet = sheet;
      const entry = sheetLedger(read.ledger, sheet);
      if (!entry) return { ok: true, sheet, tables: [] };
      if (read.snapshot.protected) return gatewayFailure('SHEET_PROTECTED', locale, { sheet });
      const plan = clearSheet(read.snapshot, entry);
      const applied = await applyPlan(context, plan, read, caps, { locale, maxRequestBytes: this.options.maxRequestBytes });
      if (!applied.ok) return applied;
      return { ok: true, sheet, tables: [] };
    });
  }

  /** Activates the sheet and selects the cell; rejects with GatewayError when Excel refuses. */
  async selectCell(sheet: string, a1: string): Promise<void> {
    const r = await this.session(this.locale, async (context, _caps, where) => {
      where.sheet = sheet;
      where.cell = a1;
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(a1).select();
      await context.sync();
      return { ok: true as const };
    });
    if (!r.ok) throw new GatewayError(r);
  }

  /** The profile name stored with the workbook, or null. Reads the ledger sheet alone, not the active sheet. */
  async getStoredProfile(): Promise<string | null> {
    const r = await this.session(this.locale, async (context) => {
      const ledger = await readLedger(context);
      return { ok: true as const, profile: ledger.profile };
    });
    if (!r.ok) throw new GatewayError(r);
    return r.profile;
  }

  /** One Excel.run with requirement checks and Office error mapping. */
  private async session<T extends { ok: boolean }>(
    locale: Locale,
    body: (context: Excel.RequestContext, caps: ExcelCapabilities, where: { sheet?: string; cell?: string }) => Promise<T | GatewayFailure>,
  ): Promise<T | GatewayFailure> {
    if (!this.host.isSetSupported('ExcelApi', MIN_EXCEL_API)) {
      return gatewayFailure('API_NOT_SUPPORTED', locale, { version: MIN_EXCEL_API });
    }
    const caps = detectCapabilities(this.host);
    const where: { sheet?: string; cell?: string } = {};
    const runOptions: Excel.RunOptions = this.options.delayForCellEdit ? { delayForCellEdit: true } : {};
    try {
      return await this.host.run(runOptions, (context) => body(context, caps, where));
    } catch (e) {
      const partial = e instanceof ApplyError && e.partial;
      const cause = e instanceof ApplyError ? e.cause : e;
      const failure = officeErrorResult(cause, locale, { ...where, partial });
      if (!failure) throw cause;
      return failure;
    }
  }
}
