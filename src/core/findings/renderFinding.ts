import type { Locale } from '../index';
import type { Finding, RenderedFinding } from './catalogue';
import type { MessageTable } from './MessageTable';
import { MESSAGES_EN_US } from './messages.en-US';
import { MESSAGES_ZH_CN } from './messages.zh-CN';
import { toA1 } from '../snapshot/address';

const TABLES: Readonly<Record<Locale, MessageTable>> = { 'zh-CN': MESSAGES_ZH_CN, 'en-US': MESSAGES_EN_US };

/** The message of a finding in a locale. */
export function findingMessage(f: Finding, locale: Locale = 'zh-CN'): string {
  // The code and params of a Finding always match; TypeScript cannot correlate the union, hence the cast.
  const message = TABLES[locale][f.code] as (p: Finding['params']) => string;
  return message(f.params);
}

/** A raw finding → the report shape of SPEC §5 (A1 cell, localized message). */
export function renderFinding(f: Finding, locale: Locale = 'zh-CN'): RenderedFinding {
  return { code: f.code, severity: f.severity, sheet: f.sheet, cell: toA1(f.row, f.col), message: findingMessage(f, locale) };
}

export function renderFindings(list: readonly Finding[], locale: Locale = 'zh-CN'): RenderedFinding[] {
  return list.map((f) => renderFinding(f, locale));
}
