/** Ribbon command logic, free of Office globals so it can be tested. No React here. */
import type { ScoringGateway } from '../taskpane/gateway';
import { STRINGS, type Locale } from '../taskpane/i18n';

export interface CommandDeps {
  gateway: () => ScoringGateway;
  locale: () => Locale;
  /** Shows a message to the user; resolves when it has been dismissed (or could not be shown). */
  notify: (title: string, message: string) => Promise<void>;
}

export interface CompletableEvent {
  completed: () => void;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

async function guarded(deps: CommandDeps, event: CompletableEvent, work: (gw: ScoringGateway) => Promise<void>): Promise<void> {
  try {
    await work(deps.gateway());
  } catch (e) {
    const s = STRINGS[deps.locale()];
    await deps.notify(s.errorTitle, messageOf(e)).catch(() => undefined);
  } finally {
    event.completed();
  }
}

/** 一键评分: scores the active sheet with the workbook's stored profile (mof when none). */
export function scoreSheetHandler(deps: CommandDeps): (event: CompletableEvent) => Promise<void> {
  return (event) =>
    guarded(deps, event, async (gw) => {
      const locale = deps.locale();
      const r = await gw.score(null, locale);
      if (!r.ok) await deps.notify(STRINGS[locale].errorTitle, r.message);
    });
}

/** 清除结果: restores the active sheet. */
export function clearResultsHandler(deps: CommandDeps): (event: CompletableEvent) => Promise<void> {
  return (event) =>
    guarded(deps, event, async (gw) => {
      const r = await gw.clear();
      if (!r.ok) await deps.notify(STRINGS[deps.locale()].errorTitle, r.message);
    });
}
