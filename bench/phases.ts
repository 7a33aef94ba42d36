/** Per-phase timing of scoreSheet (mirrors src/core/index.ts) — for finding hot spots, not a figure of record. */
import { detectTables } from '../src/core/detect/detectTables';
import { readTable } from '../src/core/model/readTable';
import { scoreTable } from '../src/core/score/scoreTable';
import { buildPlan } from '../src/core/plan/buildPlan';
import { makeFinding } from '../src/core/findings/makeFinding';
import { renderFindings } from '../src/core/findings/renderFinding';
import { toReport } from '../src/core/report/toReport';
import type { Finding, FindingCode, FindingParams } from '../src/core/findings/catalogue';
import { mof } from '../src/core/profiles';
import { generateSheet, type Layout } from './generate';

export function phases(layout: Layout, n: number): Record<string, number> {
  const s = generateSheet(layout, n);
  const out: Record<string, number> = {};
  let t = performance.now();
  const lap = (k: string): void => {
    const now = performance.now();
    out[k] = (out[k] ?? 0) + now - t;
    t = now;
  };
  const detected = detectTables(s);
  lap('detect');
  const planTables = [];
  for (const d of detected) {
    const findings: Finding[] = [];
    const emit = <K extends FindingCode>(code: K, row: number, col: number, params: FindingParams[K]): void => {
      const f = makeFinding(code, s.name, row, col, params, mof);
      if (f) findings.push(f);
    };
    const model = readTable(s, d, mof.execution.weight, emit);
    lap('readTable');
    const scored = scoreTable(s, model, mof, emit);
    lap('scoreTable');
    findings.sort((a, b) => a.row - b.row || a.col - b.col);
    const rendered = renderFindings(findings, 'zh-CN');
    lap('render');
    toReport(s.name, scored, rendered);
    lap('report');
    planTables.push({ scored, findings, rendered });
  }
  buildPlan({ virgin: s, tables: planTables, previous: null, profile: 'mof', locale: 'zh-CN', now: '' });
  lap('plan');
  return out;
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 10000);
  for (const L of ['A', 'B'] as const) {
    phases(L, n);
    const p = phases(L, n);
    console.log(L, n, Object.entries(p).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' · '));
  }
}
