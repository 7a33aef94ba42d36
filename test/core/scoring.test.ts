/** SPEC §2 formulas and their edges, profiles, units and Excel percent cells — one indicator per grid. */
import { scoreSheet, type IndicatorReport, type TableReport } from '../../src/core';
import { getProfile, mof, parseProfile } from '../../src/core/profiles';
import type { Profile } from '../../src/core/profiles/Profile';
import { roundHalfUp } from '../../src/core/score/round';
import { sheetA, type Row } from '../fixtures/grids';
import type { GridOptions } from '../helpers/grid';

function table(rows: Row[], profile: Profile = mof, opts: GridOptions = {}): TableReport {
  const out = scoreSheet(sheetA(rows, opts), { profile });
  if (!out.ok) throw new Error(out.error.message);
  return out.tables[0];
}
const one = (row: Row, profile: Profile = mof, opts: GridOptions = {}): IndicatorReport => table([row], profile, opts).indicators[0];
const codes = (t: TableReport): string[] => t.findings.map((f) => `${f.code}@${f.cell}`);
const q = (name: string, op: string, A: Row[number], B: Row[number], unit: string | null = '个', w = 10, l1 = '产出指标', l2 = '数量指标'): Row => [l1, l2, name, op, A, unit, w, B];
const custom = (json: object): Profile => {
  const r = parseProfile(json);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.profile;
};

describe('GE / GT', () => {
  it.each([
    ['≥', 300, 300, 10, 'met', 1],
    ['≥', 300, 240, 8, 'partial', 0.8],
    ['≥', 300, 600, 10, 'met', 2],
    ['>', 300, 150, 5, 'partial', 0.5],
    ['≥', 300, 0, 0, 'missed', 0],
    ['≥', 0, 5, 10, 'met', null],
    ['≥', 0, 0, 10, 'met', null],
  ])('%s%d, actual %d → %d (%s)', (op, A, B, score, status, attainment) => {
    expect(one(q('x', op as string, A as number, B as number))).toMatchObject({ score, status, attainment });
  });
});

describe('LE / LT', () => {
  it.each([
    ['≤', 100, 80, 10, 'met', 1],
    ['≤', 100, 100, 10, 'met', 1],
    ['≤', 100, 150, 5, 'partial', 0.6667],
    ['<', 100, 120, 8, 'partial', 0.8333],
    ['≤', 100, 200, 0, 'missed', 0.5], // B = 2A → 0
    ['≤', 100, 350, 0, 'missed', 0.2857], // B > 2A → 0, never negative
    ['≤', 0, 0, 10, 'met', 1],
    ['≤', 0, 3, 0, 'missed', 0], // A/B = 0
  ])('%s%d, actual %d → %d (%s)', (op, A, B, score, status, attainment) => {
    expect(one(q('天数', op as string, A as number, B as number, '天'))).toMatchObject({ score, status, attainment });
  });

  it("a user profile with reverseRule 'ratio' scores w × A/B", () => {
    const p = custom({ reverseRule: 'ratio' });
    expect(one(q('天数', '≤', 100, 150, '天'), p)).toMatchObject({ score: 6.67, status: 'partial' });
    expect(one(q('天数', '≤', 100, 400, '天'), p)).toMatchObject({ score: 2.5, status: 'partial' });
    expect(one(q('天数', '≤', 100, 90, '天'), p)).toMatchObject({ score: 10, status: 'met' });
  });
});

describe('EQ', () => {
  it('B = A → w; B < A → w × B/A; B > A → w with EQ_EXCEEDED below 1.2A and OVER_ACHIEVED from 1.2A', () => {
    expect(one(q('电脑', '=', 166, 166, '台'))).toMatchObject({ score: 10, status: 'met', attainment: 1 });
    expect(one(q('电脑', '=', 200, 150, '台'))).toMatchObject({ score: 7.5, status: 'partial', attainment: 0.75 });
    const over = table([q('电脑', '=', 100, 110, '台')]);
    expect(over.indicators[0]).toMatchObject({ score: 10, status: 'met' });
    expect(codes(over)).toContain('EQ_EXCEEDED@I4');
    expect(codes(over)).not.toContain('OVER_ACHIEVED@I4');
    const far = table([q('电脑', '=', 100, 120, '台')]);
    expect(codes(far)).toContain('OVER_ACHIEVED@I4');
    expect(codes(far)).not.toContain('EQ_EXCEEDED@I4');
  });

  it('A = 0: w if B = 0 else 0', () => {
    expect(one(q('事故', '=', 0, 0, '起'))).toMatchObject({ score: 10, status: 'met' });
    expect(one(q('事故', '=', 0, 1, '起'))).toMatchObject({ score: 0, status: 'missed' });
  });

  it("eqOvershoot 'symmetric' takes off the overshoot", () => {
    expect(one(q('电脑', '=', 100, 110, '台'), custom({ eqOvershoot: 'symmetric' }))).toMatchObject({ score: 9, status: 'partial' });
  });
});

describe('qualitative', () => {
  const qual = (actual: Row[number], target: Row[number] = '持续提升', stated: Row[number] = null): Row =>
    ['效益指标', '社会效益指标', '服务水平', '定性', target, null, 10, actual, stated, stated === null ? null : '说明'];

  it.each([
    ['持续提升', 10, 'met'], // equals the target
    ['达成预期指标', 10, 'met'],
    ['完成', 10, 'met'],
    ['部分达成', 7, 'partial'],
    ['基本完成', 7, 'partial'],
    ['未达成', 3, 'missed'],
    ['滞后', 3, 'missed'],
  ])('%s → %d (%s)', (actual, score, status) => {
    expect(one(qual(actual))).toMatchObject({ score, status, operator: 'QUAL', attainment: null });
  });

  it('a deadline target is met by a date not later, missed by a later one', () => {
    expect(one(qual('2025年12月20日', '2025年12月31日前'))).toMatchObject({ status: 'met', score: 10 });
    expect(one(qual('2026年1月5日', '2025年底'))).toMatchObject({ status: 'missed', score: 3 });
  });

  it("the table's own 得分 stands when it lies in the grade's band, else SCORE_OUT_OF_BAND and the rule's score", () => {
    expect(one(qual('达成', '持续提升', 8.5))).toMatchObject({ score: 8.5, status: 'met' });
    expect(one(qual('部分达成', '持续提升', 6))).toMatchObject({ score: 6, status: 'partial' });
    expect(one(qual('未达成', '持续提升', 5.9))).toMatchObject({ score: 5.9, status: 'missed' });
    const out = table([qual('部分达成', '持续提升', 8)]); // band [6, 8) excludes 8
    expect(out.indicators[0].score).toBe(7);
    expect(codes(out)).toContain('SCORE_OUT_OF_BAND@J4');
  });

  it('unrecognised text is scored as 达成 with QUALITATIVE_UNRECOGNIZED', () => {
    const t = table([qual('正在推进')]);
    expect(t.indicators[0]).toMatchObject({ score: 10, status: 'met' });
    expect(codes(t)).toContain('QUALITATIVE_UNRECOGNIZED@I4');
  });

  it('a user profile overrides qualitative points', () => {
    expect(one(qual('部分达成'), custom({ qualitativePoints: { partial: 0.5 } }))).toMatchObject({ score: 5 });
  });
});

describe('unscored rows and weights', () => {
  it('missing actual, missing target, unknown operator → 0, unscored, weight still in maxScore', () => {
    const t = table([q('a', '≥', 10, null), q('b', '≥', null, 10), q('c', '约', 10, 10), q('d', '≥', 10, 10, '个', 70)]);
    expect(t.indicators.map((i) => i.status)).toEqual(['unscored', 'unscored', 'unscored', 'met']);
    expect(t.score).toBe(70);
    expect(t.maxScore).toBe(100);
    expect(t.normalizedScore).toBe(70);
    expect(t.grade).toBe('中');
  });

  it('a row with no weight scores 0 and adds nothing to maxScore', () => {
    const t = table([q('a', '≥', 10, 10, '个', null as unknown as number), q('b', '≥', 10, 5, '个', 100)]);
    expect(t.indicators[0]).toMatchObject({ weight: null, score: 0 });
    expect(t.maxScore).toBe(100);
    expect(t.score).toBe(50);
  });

  it('a negative actual is scored as 0 with NEGATIVE_VALUE', () => {
    const t = table([q('节约资金', '≥', 5, -3, '万元')]);
    expect(t.indicators[0]).toMatchObject({ score: 0, status: 'missed' });
    expect(codes(t)).toContain('NEGATIVE_VALUE@I4');
  });

  it('weights as fractions (all below 1, Σ ≈ 1) are read as points', () => {
    const t = table([q('a', '≥', 10, 10, '个', 0.6), q('b', '≥', 10, 5, '个', 0.4)]);
    expect(t.indicators.map((i) => i.weight)).toEqual([60, 40]);
    expect(t.score).toBe(80);
  });

  it("'3%' text weights and 0.03 with a % format are 3 points", () => {
    const t = table([q('a', '≥', 10, 10, '个', '3%' as unknown as number), q('b', '≥', 10, 10, '个', 0.03)], mof, { formats: { H5: '0%' } });
    expect(t.indicators.map((i) => i.weight)).toEqual([3, 3]);
  });

  it('a missing operator is scored as ≥, or ≤ for a 成本 indicator, with OPERATOR_MISSING', () => {
    const t = table([q('人次', '', 100, 80), ['成本指标', '经济成本指标', '印刷成本', null, 10, '万元', 10, 12]]);
    expect(t.indicators.map((i) => [i.operator, i.score])).toEqual([['GE', 8], ['LE', 8]]);
    expect(codes(t).filter((c) => c.startsWith('OPERATOR_MISSING'))).toEqual(['OPERATOR_MISSING@E4', 'OPERATOR_MISSING@E5']);
  });

  it('rows are scored with the operator as written even with OPERATOR_DIRECTION', () => {
    const t = table([['成本指标', '经济成本指标', '车辆购置成本', '≥', 65, '万元', 10, 32.5]]);
    expect(t.indicators[0]).toMatchObject({ operator: 'GE', score: 5 });
    expect(codes(t)).toContain('OPERATOR_DIRECTION@E4');
  });
});

describe('rounding', () => {
  it('half-up to 2 decimals: 2.675 → 2.68, 1.005 → 1.01, 0.125 → 0.13', () => {
    expect(roundHalfUp(2.675)).toBe(2.68);
    expect(roundHalfUp(1.005)).toBe(1.01);
    expect(roundHalfUp(0.125)).toBe(0.13);
    expect(roundHalfUp(-2.675)).toBe(-2.68);
  });

  it('each row is rounded first; the total is the sum of rounded rows', () => {
    // 10 × 2/3 = 6.666… → 6.67 three times = 20.01 (not 20.00)
    const t = table([q('a', '≥', 3, 2), q('b', '≥', 3, 2), q('c', '≥', 3, 2)]);
    expect(t.indicators.map((i) => i.score)).toEqual([6.67, 6.67, 6.67]);
    expect(t.score).toBe(20.01);
    // a row exactly at a half: 5 × 0.8125 = 4.0625 → 4.06; 3 × 0.835 = 2.505 → 2.51
    expect(one(q('x', '≥', 400, 334.0, '个', 3)).score).toBe(2.51);
  });

  it('normalizedScore = score × 100 / maxScore, 2 decimals, and grade bands', () => {
    const t = table([q('a', '≥', 3, 2, '个', 30), q('b', '≥', 10, 10, '个', 60)]);
    expect(t.score).toBe(80);
    expect(t.normalizedScore).toBe(88.89);
    expect(t.grade).toBe('良');
  });
});

describe('units', () => {
  it('161800元 against a 万元 row → UNIT_CONVERTED and scored as 16.18万元', () => {
    const t = table([['成本指标', '经济成本指标', '车辆购置成本', '≤', 65, '万元', 10, '161800元']]);
    expect(t.indicators[0]).toMatchObject({ actual: 16.18, unit: '万元', score: 10, status: 'met' });
    expect(codes(t)).toEqual(expect.arrayContaining(['UNIT_CONVERTED@I4', 'COST_FAR_BELOW@I4']));
  });

  it('个 against 次 → UNIT_MISMATCH, unscored', () => {
    const t = table([q('培训', '≥', 5, '5次', '个')]);
    expect(t.indicators[0]).toMatchObject({ status: 'unscored', score: 0 });
    expect(codes(t)).toContain('UNIT_MISMATCH@G4');
  });

  it('unknown unit text is still scored when target and actual carry the same text', () => {
    const t = table([q('宣传资料', '≥', '30摞', '36摞', null)]);
    expect(t.indicators[0]).toMatchObject({ score: 10, status: 'met' });
    expect(codes(t)).toContain('UNIT_UNKNOWN@F4');
  });

  it('Excel percent: 0.9 with 0% in a % row means 90', () => {
    const t = table([['满意度指标', '满意度指标', '服务对象满意度', '≥', 0.95, '%', 10, 0.9]], mof, { formats: { F4: '0%', I4: '0%' } });
    expect(t.indicators[0]).toMatchObject({ target: 95, actual: 90, attainment: 0.9474, score: 9.47, status: 'partial' });
  });

  it('a %-formatted actual against a plain-number target in a % row', () => {
    const t = table([['产出指标', '质量指标', '验收合格率', '≥', 95, '%', 10, 0.98]], mof, { formats: { I4: '0.00%' } });
    expect(t.indicators[0]).toMatchObject({ target: 95, actual: 98, status: 'met' });
  });
});

describe('profiles', () => {
  const sichuan = getProfile('sichuan')!;
  const budgetRow: Row = ['预算执行情况(10分)', null, '总额', null, 100, '万元', 10, 95, null, null];
  const rows = (w: number): Row[] => [budgetRow, ['产出指标', '数量指标', '培训人次', '≥', 300, '人次', w, 300]];

  it('sichuan: indicators 90 + execution 10 is the expected total', () => {
    expect(table(rows(90), sichuan).findings.map((f) => f.code)).not.toContain('WEIGHT_TOTAL');
    expect(codes(table(rows(100), sichuan))).toContain('WEIGHT_TOTAL@H3');
    const t = table(rows(90), sichuan);
    expect(t.budget).toEqual({ budget: 100, executed: 95, rate: 0.95, weight: 10, score: 9.5 });
    expect(t.score).toBe(99.5);
  });

  it('sichuan: execution below 90% without a reason → EXECUTION_LOW_NO_REASON; mof never', () => {
    const low: Row[] = [['预算执行情况(10分)', null, '总额', null, 100, '万元', 10, 80, null, null], rows(90)[1]];
    expect(codes(table(low, sichuan))).toContain('EXECUTION_LOW_NO_REASON@K4');
    expect(codes(table(low, mof)).some((c) => c.startsWith('EXECUTION_LOW'))).toBe(false);
    const withReason: Row[] = [['预算执行情况(10分)', null, '总额', null, 100, '万元', 10, 80, null, '项目延期'], rows(90)[1]];
    expect(codes(table(withReason, sichuan)).some((c) => c.startsWith('EXECUTION_LOW'))).toBe(false);
  });

  it('a user JSON overrides thresholds and severities', () => {
    const p = custom({ extends: 'sichuan', overAchievedThreshold: 2, severity: { UNIT_MISSING: 'off' } });
    const t = table([q('接待', '≥', 5, 9, null, 100)], p);
    expect(t.findings.map((f) => f.code)).not.toContain('OVER_ACHIEVED');
    expect(t.findings.map((f) => f.code)).not.toContain('UNIT_MISSING');
    expect(p.expectedIndicatorTotal).toBe(90);
  });
});

describe('a clean table', () => {
  it('all met, weights 100 → no error and no warning', () => {
    const rows: Row[] = [
      ['产出指标', '数量指标', '培训人次', '≥', 300, '人次', 20, 310, null, null],
      [null, '质量指标', '验收合格率', '=', 100, '%', 20, 100, null, null],
      [null, '时效指标', '完成时间', '定性', '2025年12月31日前', null, 10, '2025年11月30日', null, null],
      ['效益指标', '社会效益指标', '服务水平', '定性', '持续提升', null, 20, '达成预期指标', null, null],
      ['满意度指标', '满意度指标', '服务对象满意度', '≥', 90, '%', 10, 95, null, null],
      ['成本指标', '经济成本指标', '项目成本', '≤', 100, '万元', 20, 92.5, null, null],
    ];
    const t = table(rows);
    expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(t.score).toBe(100);
    expect(t.normalizedScore).toBe(100);
    expect(t.grade).toBe('优');
    expect(t.weightTotal).toBe(100);
  });
});
