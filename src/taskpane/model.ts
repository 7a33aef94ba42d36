/** Pure reshapers from report JSON to what the components show. No React, no Office. */
import type { RenderedFinding, Severity } from '../core/findings/catalogue';
import type { TableReport } from '../core/report/Report';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export const PROFILES = ['mof', 'sichuan'] as const;
export type ProfileName = (typeof PROFILES)[number];

export function isProfileName(s: string | null | undefined): s is ProfileName {
  return s != null && (PROFILES as readonly string[]).includes(s);
}

export interface FindingItem extends RenderedFinding {
  /** Stable React key. */
  key: string;
}

export interface FindingGroup {
  severity: Severity;
  count: number;
  items: FindingItem[];
}

/** Sort key of an A1 address: row, then column. Unparseable cells sort last. */
function cellOrder(cell: string): [number, number] {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(cell.trim());
  if (!m) return [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

/**
 * Every finding of every table, grouped by severity (错误, 警告, 提示 — always all three, in that order),
 * each group sorted by sheet, row, column. Counts are the group sizes.
 */
export function groupFindings(tables: readonly TableReport[]): FindingGroup[] {
  const groups = new Map<Severity, FindingItem[]>(SEVERITY_ORDER.map((s) => [s, []]));
  tables.forEach((t, ti) =>
    t.findings.forEach((f, fi) => {
      const list = groups.get(f.severity);
      if (list) list.push({ ...f, key: `${ti}:${fi}:${f.code}:${f.sheet}!${f.cell}` });
    }),
  );
  return SEVERITY_ORDER.map((severity) => {
    const items = (groups.get(severity) ?? []).slice().sort((a, b) => {
      if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
      const [ar, ac] = cellOrder(a.cell);
      const [br, bc] = cellOrder(b.cell);
      return ar - br || ac - bc || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
    });
    return { severity, count: items.length, items };
  });
}

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** Keeps the findings whose cell, code or message contains the query (NFKC, case and spaces ignored). */
export function filterGroups(groups: readonly FindingGroup[], query: string): FindingGroup[] {
  const q = fold(query);
  if (!q) return groups.slice();
  return groups.map((g) => {
    const items = g.items.filter((f) => [f.cell, `${f.sheet}!${f.cell}`, f.code, f.message].some((s) => fold(s).includes(q)));
    return { ...g, count: items.length, items };
  });
}

/** Fixed 2 decimals: 90 → "90.00". */
export function formatScore(n: number): string {
  return (Math.round(n * 100) / 100).toFixed(2);
}

/** A maximum or weight: integers without decimals (92), others with up to 2 (92.5). */
export function formatPoints(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(r);
}

/** A fraction as a percentage with 2 decimals: 0.9512 → "95.12%". */
export function formatPercent(fraction: number): string {
  return `${(Math.round(fraction * 10000) / 100).toFixed(2)}%`;
}

export interface SubtotalBar {
  label: string;
  score: number;
  weight: number;
  /** score / weight clamped to [0, 1]; 0 when the weight is 0. */
  fraction: number;
}

export function subtotalBars(table: TableReport): SubtotalBar[] {
  return table.subtotals.map((s) => ({
    label: s.level1 || '—',
    score: s.score,
    weight: s.weight,
    fraction: s.weight > 0 ? Math.min(1, Math.max(0, s.score / s.weight)) : 0,
  }));
}

/** True for an Enter that is not confirming an IME composition (Chinese input). */
export function isPlainEnter(e: { key: string; keyCode?: number; nativeEvent?: { isComposing?: boolean } }): boolean {
  if (e.nativeEvent?.isComposing || e.keyCode === 229) return false;
  return e.key === 'Enter';
}
