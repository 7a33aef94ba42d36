/**
 * Engine throughput: scoreSheet (detect + parse + validate + score + render findings + report + write plan) on
 * generated tables of layouts A and B with 1k, 10k and 100k indicators. The sheet is built before timing; each run
 * starts after a full GC. Target: 100k indicators in under 1 s, and time(100k)/time(10k) ≈ 10 (linear).
 */
import { scoreSheet } from '../src/core';
import { mof } from '../src/core/profiles';
import { generateSheet, type Layout } from './generate';
import { ms, printTable, timeIt } from './util';

const SIZES = [1_000, 10_000, 100_000];
const PLAN: Record<number, { runs: number; warmup: number }> = {
  1_000: { runs: 15, warmup: 5 },
  10_000: { runs: 7, warmup: 2 },
  100_000: { runs: 5, warmup: 1 },
};

export interface EngineFigure {
  layout: Layout;
  indicators: number;
  medianMs: number;
  runsMs: number[];
  perSecond: number;
  findings: number;
}

export async function run(): Promise<{ figures: EngineFigure[]; ratio100kTo10k: Record<Layout, number> }> {
  const figures: EngineFigure[] = [];
  for (const layout of ['A', 'B'] as const) {
    for (const n of SIZES) {
      const sheet = generateSheet(layout, n);
      const first = scoreSheet(sheet, { profile: mof, locale: 'zh-CN' });
      if (!first.ok || first.tables[0].indicators.length !== n) {
        throw new Error(`engine bench: layout ${layout} ${n}: expected ${n} indicators, got ${first.ok ? first.tables[0].indicators.length : first.error.code}`);
      }
      const t = await timeIt(() => scoreSheet(sheet, { profile: mof, locale: 'zh-CN' }), PLAN[n].runs, PLAN[n].warmup);
      figures.push({
        layout,
        indicators: n,
        medianMs: t.median,
        runsMs: t.runs,
        perSecond: Math.round((n / t.median) * 1000),
        findings: first.tables[0].findings.length,
      });
    }
  }
  const at = (l: Layout, n: number): number => figures.find((f) => f.layout === l && f.indicators === n)!.medianMs;
  const ratio100kTo10k = { A: at('A', 100_000) / at('A', 10_000), B: at('B', 100_000) / at('B', 10_000) };
  printTable(
    ['layout', 'indicators', 'median ms', 'indicators/s', 'findings', 'runs'],
    figures.map((f) => [f.layout, f.indicators, ms(f.medianMs), f.perSecond.toLocaleString('en-US'), f.findings, f.runsMs.length]),
  );
  console.log(`time(100k)/time(10k): A ${ratio100kTo10k.A.toFixed(1)} · B ${ratio100kTo10k.B.toFixed(1)} (linear ≈ 10)`);
  const worst = Math.max(at('A', 100_000), at('B', 100_000));
  console.log(`target 100k < 1000 ms: ${worst < 1000 ? 'met' : 'MISSED'} (${ms(worst)} ms)`);
  return { figures, ratio100kTo10k };
}
