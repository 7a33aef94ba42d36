import type { Locale } from '../core';
import type { Report } from '../core/report/Report';
import { SHEET_LABELS } from '../core/plan/labels';

/** Terminal summary: one line per table, then its errors and warnings, one per line. */
export function formatReport(r: Report, locale: Locale): string {
  const T = SHEET_LABELS[locale];
  if (r.error) return `${r.file}: ${r.error.message} (${r.error.code})`;
  const lines: string[] = [];
  for (const t of r.tables) {
    const count = (sev: string): number => t.findings.filter((f) => f.severity === sev).length;
    lines.push(
      `${r.file} ${t.sheet}!${t.range} — ${T.total} ${t.score.toFixed(2)}/${t.maxScore} · ${T.normalized} ${t.normalizedScore.toFixed(2)} · ${T.grade} ${t.grade} · ${T.errors} ${count('error')} · ${T.warnings} ${count('warning')} · ${T.severity.info} ${count('info')}`,
    );
    for (const f of t.findings) {
      if (f.severity === 'info') continue;
      lines.push(`  ${f.cell.padEnd(6)} ${T.severity[f.severity]} ${f.code}: ${f.message}`);
    }
  }
  return lines.join('\n');
}
