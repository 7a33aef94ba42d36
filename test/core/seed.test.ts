/**
 * SPEC §6: the seed table as the default rules score it. Expected figures are computed here from seed-indicators.tsv
 * by the SPEC §2 rules (not copied from the engine), then checked against the SPEC's stated totals.
 */
import { scoreSheet, type TableReport } from '../../src/core';
import { mof } from '../../src/core/profiles';
import { readTsv } from '../fixtures/realTables';
import { seedSnapshot } from '../fixtures/seed';

const FIRST_ROW = 17; // 1-based: the header is row 16, indicators follow in TSV order
const ACTUAL_COL = 'I';
const ACHIEVED = ['达成', '达成年度指标', '达成预期指标', '完成', '已完成', '全部完成', '达到', '达标', '是', '符合', '好', '优', '良好', '有效'];

interface Expected {
  row: number;
  name: string;
  weight: number;
  score: number;
  status: 'met' | 'partial' | 'missed' | 'unscored';
  findings: string[];
}

const round2 = (x: number): number => Math.round(x * 100 + 1e-9) / 100;

/** SPEC §2 applied by hand to one TSV row. */
function expectedRow(cells: string[], i: number): Expected {
  const [l1, l2, name, op, target, unit, weightText, actual] = cells;
  const row = FIRST_ROW + i;
  const w = Number(weightText.replace('%', ''));
  const cellRef = `${ACTUAL_COL}${row}`;
  const findings: string[] = [];
  if (actual === '') return { row, name, weight: w, score: 0, status: 'unscored', findings: [`ACTUAL_MISSING@${cellRef}`] };
  if (op === '定性') {
    const met = actual === target || ACHIEVED.includes(actual);
    if (!met) throw new Error(`seed row ${row}: qualitative actual ${actual} is not 达成`);
    return { row, name, weight: w, score: w, status: 'met', findings };
  }
  const A = Number(target);
  const B = Number(actual);
  let fraction: number;
  if (op === '≥') fraction = A === 0 ? 1 : Math.min(1, B / A);
  else if (op === '≤') fraction = B <= A ? 1 : Math.max(0, 1 - (B - A) / A);
  else fraction = B >= A ? 1 : B / A;
  if ((op === '≥' || op === '=') && B >= 1.2 * A) findings.push(`OVER_ACHIEVED@${cellRef}`);
  if (op === '=' && B > A && B < 1.2 * A) findings.push(`EQ_EXCEEDED@${cellRef}`);
  const cost = [l1, l2, name].some((x) => x.includes('成本'));
  if (op === '≤' && unit === '万元' && B < 0.5 * A) findings.push(`COST_FAR_BELOW@${cellRef}`);
  if (cost && op !== '≤') findings.push(`OPERATOR_DIRECTION@E${row}`);
  return { row, name, weight: w, score: round2(w * fraction), status: fraction >= 1 ? 'met' : fraction > 0 ? 'partial' : 'missed', findings };
}

describe('the seed workbook (SPEC §6)', () => {
  const tsv = readTsv('seed-indicators.tsv');
  const expected = tsv.rows.map(expectedRow);
  let table: TableReport;

  beforeAll(async () => {
    const out = scoreSheet(await seedSnapshot(), { profile: mof });
    if (!out.ok) throw new Error(out.error.message);
    expect(out.tables).toHaveLength(1);
    table = out.tables[0];
  });

  it('transcription holds 35 indicators whose weights sum to 92', () => {
    expect(expected).toHaveLength(35);
    expect(expected.reduce((a, e) => a + e.weight, 0)).toBeCloseTo(92, 9);
  });

  it('finds the table at header row 16, range B16:I51', () => {
    expect(table.sheet).toBe('自评表');
    expect(table.headerRow).toBe(16);
    expect(table.range).toBe('B16:I51');
    expect(table.indicators.map((i) => i.row)).toEqual(expected.map((e) => e.row));
  });

  it.each(tsv.rows.map((r, i) => [FIRST_ROW + i, r[2], i] as const))('row %i %s: score and status by the SPEC rules', (_row, _name, i) => {
    const got = table.indicators[i];
    const e = expected[i];
    expect(got.name).toBe(e.name.replace(/\s+/g, '')); // names are read without whitespace
    expect(got.weight).toBeCloseTo(e.weight, 9);
    expect(got.score).toBeCloseTo(e.score, 9);
    expect(got.status).toBe(e.status);
  });

  it('total 90.00 of 92, normalised 97.83, grade 优', () => {
    const sum = round2(expected.reduce((a, e) => a + e.score, 0));
    expect(sum).toBe(90);
    expect(table.score).toBe(sum);
    expect(table.maxScore).toBe(92);
    expect(table.weightTotal).toBe(92);
    expect(table.normalizedScore).toBe(97.83);
    expect(table.grade).toBe('优');
    expect(table.budget).toBeNull();
  });

  it('errors and warnings are exactly WEIGHT_TOTAL@H16, ACTUAL_MISSING@I33, OVER_ACHIEVED@I17/I18, COST_FAR_BELOW@I47', () => {
    const got = table.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`).sort();
    const byRules = ['WEIGHT_TOTAL@H16', ...expected.flatMap((e) => e.findings)].sort();
    const spec = ['WEIGHT_TOTAL@H16', 'ACTUAL_MISSING@I33', 'OVER_ACHIEVED@I17', 'OVER_ACHIEVED@I18', 'COST_FAR_BELOW@I47'].sort();
    expect(byRules).toEqual(spec);
    expect(got).toEqual(spec);
    expect(table.findings.find((f) => f.code === 'WEIGHT_TOTAL')?.severity).toBe('error');
    expect(table.findings.find((f) => f.code === 'ACTUAL_MISSING')?.severity).toBe('error');
  });

  it('subtotals by level-1 add up to the total', () => {
    expect(table.subtotals.map((s) => s.level1)).toEqual(['产出指标', '效益指标', '满意度指标', '成本指标']);
    expect(round2(table.subtotals.reduce((a, s) => a + s.score, 0))).toBe(90);
    expect(table.subtotals.find((s) => s.level1 === '效益指标')).toEqual({ level1: '效益指标', weight: 22, score: 20 });
  });

  it('the empty actual is unscored and its weight still counts in maxScore', () => {
    const r33 = table.indicators.find((i) => i.row === 33)!;
    expect(r33).toMatchObject({ name: '保障政府门户网站正常访问', status: 'unscored', score: 0, weight: 2, operator: 'QUAL' });
  });
});
