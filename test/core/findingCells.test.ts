/**
 * Every finding code of the catalogue, produced at least once by a small grid, at the cell SPEC §3 names.
 * Assertions are on code + cell only, never on message text.
 */
import { FINDING_CODES, scoreSheet, type FindingCode, type TableReport } from '../../src/core';
import { getProfile, mof } from '../../src/core/profiles';
import type { Profile } from '../../src/core/profiles/Profile';
import type { SheetSnapshot } from '../../src/core/snapshot/SheetSnapshot';
import { sheetFromGrid } from '../helpers/grid';
import { ok, sheetA, type Row } from '../fixtures/grids';

interface Case {
  why: string;
  sheet: () => SheetSnapshot;
  /** Expected A1 cells of this code (each must be present). */
  cells: string[];
  profile?: Profile;
}

const r = (l1: string, l2: string, name: string, op: string | null, target: Row[number], unit: string | null, w: Row[number], actual: Row[number], score: Row[number] = null, reason: Row[number] = null): Row =>
  [l1, l2, name, op, target, unit, w, actual, score, reason];

/** Layout B: MoF project form, operator and unit inside 年度指标值, 分值, budget block above. */
const layoutB = (rows: Row[], block: Row[] = [], total?: Row): SheetSnapshot =>
  sheetFromGrid('项目', [
    ['项目支出绩效自评表'],
    ['项目资金(万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ...block,
    [],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ...rows.map((x) => [null, ...x]),
    ...(total ? [total] : []),
  ]);

/** Layout C: Sichuan 一体化 with 预算执行情况 rows inside the table. */
const layoutC = (rows: Row[]): SheetSnapshot =>
  sheetFromGrid('一体化', [
    [],
    [null, '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重', '完成值', '得分', '未完成原因分析'],
    ...rows.map((x) => [null, ...x]),
  ]);

const CASES: Record<FindingCode, Case[]> = {
  HIERARCHY_MISSING: [{ why: 'level-3 row with nothing above it', sheet: () => sheetA([r('', '', '培训人次', '≥', 300, '人次', 10, 300)]), cells: ['D4'] }],
  ROW_CONTINUATION: [
    { why: 'PDF split: a row holding only the tail of the name', sheet: () => sheetA([ok('保障政府门户网站'), [null, null, '正常访问']]), cells: ['D5'] },
  ],
  DUPLICATE_INDICATOR: [{ why: 'same names twice', sheet: () => sheetA([ok('培训人次'), [null, null, '培训人次', '≥', 300, '人次', 10, 300]]), cells: ['D5'] }],
  PLACEHOLDER_ROW: [{ why: '指标2: with no target/actual', sheet: () => sheetA([ok(), [null, null, '指标2:']]), cells: ['D5'] }],
  OPERATOR_MISSING: [
    { why: 'operator column empty, numeric target', sheet: () => sheetA([r('产出指标', '数量指标', '培训人次', null, 300, '人次', 10, 300)]), cells: ['E4'] },
    { why: 'layout B: bare number in 年度指标值 → the target cell', sheet: () => layoutB([['产出指标', '数量指标', '项目数量', 1, 1, 10, 10]]), cells: ['E5'] },
  ],
  OPERATOR_UNKNOWN: [
    { why: 'operator column holds 约', sheet: () => sheetA([r('产出指标', '数量指标', '培训人次', '约', 300, '人次', 10, 300)]), cells: ['E4'] },
    { why: 'OCR 到0次 inside the target (layout B)', sheet: () => layoutB([[ '产出指标', '数量指标', '组织宣传活动次数', '到0次', '43次', 10, 10]]), cells: ['E5'] },
  ],
  OPERATOR_AMBIGUOUS: [
    { why: '300人次以上 in the target cell', sheet: () => sheetA([r('产出指标', '数量指标', '培训人次', null, '300人次以上', null, 10, 320)]), cells: ['F4'] },
    { why: '以上 in the operator column', sheet: () => sheetA([r('产出指标', '数量指标', '培训人次', '以上', 300, '人次', 10, 320)]), cells: ['E4'] },
  ],
  OPERATOR_DIRECTION: [
    { why: 'cost indicator with ≥', sheet: () => sheetA([r('成本指标', '经济成本指标', '车辆购置成本', '≥', 65, '万元', 10, 60)]), cells: ['E4'] },
    { why: 'satisfaction with ≤ written in the target (layout B)', sheet: () => layoutB([['满意度指标', '满意度指标', '服务对象满意度', '≤90%', '95%', 10, 10]]), cells: ['E5'] },
  ],
  TARGET_MISSING: [{ why: 'empty target', sheet: () => sheetA([r('产出指标', '数量指标', '培训人次', '≥', null, '人次', 10, 300)]), cells: ['F4'] }],
  TARGET_NOT_NUMERIC: [{ why: '≥ with text target', sheet: () => sheetA([r('产出指标', '数量指标', '培训人次', '≥', '较上年增加', '人次', 10, 300)]), cells: ['F4'] }],
  ACTUAL_MISSING: [
    { why: 'empty actual', sheet: () => sheetA([r('产出指标', '数量指标', '培训人次', '≥', 300, '人次', 10, null)]), cells: ['I4'] },
    { why: 'qualitative with empty actual', sheet: () => sheetA([r('效益指标', '社会效益指标', '门户网站正常访问', '定性', '有效保障', null, 10, null)]), cells: ['I4'] },
  ],
  ACTUAL_NOT_NUMERIC: [{ why: '完成 against ≥300', sheet: () => sheetA([r('产出指标', '数量指标', '培训人次', '≥', 300, '人次', 10, '完成')]), cells: ['I4'] }],
  QUALITATIVE_UNRECOGNIZED: [{ why: '正在推进', sheet: () => sheetA([r('效益指标', '可持续影响指标', '制度建设', '定性', '健全', null, 10, '正在推进')]), cells: ['I4'] }],
  NEGATIVE_VALUE: [{ why: 'negative actual', sheet: () => sheetA([r('产出指标', '数量指标', '节约资金', '≥', 5, '万元', 10, -3.5)]), cells: ['I4'] }],
  PERCENT_OUT_OF_RANGE: [
    { why: '满意度 120%', sheet: () => sheetA([r('满意度指标', '满意度指标', '服务对象满意度', '≥', 90, '%', 10, 120)]), cells: ['I4'] },
    { why: '合格率 target 105%', sheet: () => sheetA([r('产出指标', '质量指标', '验收合格率', '≥', 105, '%', 10, 100)]), cells: ['F4'] },
  ],
  UNIT_MISSING: [
    { why: 'no unit anywhere', sheet: () => sheetA([r('产出指标', '数量指标', '培训人次', '≥', 300, null, 10, 300)]), cells: ['G4'] },
  ],
  UNIT_UNKNOWN: [{ why: '摞', sheet: () => sheetA([r('产出指标', '数量指标', '宣传资料', '≥', 30, '摞', 10, 30)]), cells: ['G4'] }],
  UNIT_MISMATCH: [
    { why: '平方米 row, actual in 个', sheet: () => sheetA([r('产出指标', '数量指标', '办公用房面积', '≥', 300, '平方米', 10, '3个')]), cells: ['G4'] },
    { why: 'layout B: ≥5个 vs 5次 → the target cell the unit was read from', sheet: () => layoutB([['产出指标', '数量指标', '培训批次', '≥5个', '5次', 10, 10]]), cells: ['E5'] },
  ],
  UNIT_CONVERTED: [{ why: '161800元 in a 万元 row', sheet: () => sheetA([r('成本指标', '经济成本指标', '车辆购置成本', '≤', 65, '万元', 10, '161800元')]), cells: ['I4'] }],
  WEIGHT_MISSING: [{ why: 'empty weight', sheet: () => sheetA([r('产出指标', '数量指标', '培训人次', '≥', 300, '人次', null, 300), ok('b', 100)]), cells: ['H4'] }],
  WEIGHT_INVALID: [
    { why: 'negative weight', sheet: () => sheetA([r('产出指标', '数量指标', '培训人次', '≥', 300, '人次', -3, 300)]), cells: ['H4'] },
    { why: 'text weight', sheet: () => sheetA([r('产出指标', '数量指标', '培训人次', '≥', 300, '人次', '十分', 300)]), cells: ['H4'] },
  ],
  WEIGHT_TOTAL: [
    { why: 'Σ 20 ≠ 100 → weight header', sheet: () => sheetA([ok('a'), ok('b')]), cells: ['H3'] },
    { why: 'layout B: 分值 header', sheet: () => layoutB([['产出指标', '数量指标', '项目数量', '≥50个', 50, 8, 8]]), cells: ['G4'] },
  ],
  NOT_MET: [{ why: '240 of ≥300', sheet: () => sheetA([r('产出指标', '数量指标', '培训人次', '≥', 300, '人次', 10, 240)]), cells: ['I4'] }],
  DEVIATION_REASON_MISSING: [
    { why: 'missed, reason column empty', sheet: () => sheetA([r('产出指标', '数量指标', '培训人次', '≥', 300, '人次', 10, 240)]), cells: ['K4'] },
  ],
  OVER_ACHIEVED: [{ why: '9 vs ≥5', sheet: () => sheetA([r('产出指标', '数量指标', '公务接待批次', '≥', 5, '批次', 10, 9)]), cells: ['I4'] }],
  EQ_EXCEEDED: [{ why: '=100 got 110', sheet: () => sheetA([r('产出指标', '数量指标', '采购电脑', '=', 100, '台', 10, 110)]), cells: ['I4'] }],
  COST_FAR_BELOW: [{ why: '16.18 vs ≤65万元', sheet: () => sheetA([r('成本指标', '经济成本指标', '车辆购置成本', '≤', 65, '万元', 10, 16.18)]), cells: ['I4'] }],
  SCORE_MISMATCH: [
    { why: 'stated 10, computed 8', sheet: () => sheetA([r('产出指标', '数量指标', '培训人次', '≥', 300, '人次', 10, 240, 10, '天气原因')]), cells: ['J4'] },
    { why: 'budget block stated 9 vs 8.62', sheet: () => layoutB([['产出指标', '数量指标', '项目数量', '≥50个', 50, 90, 90]], [[null, '年度资金总额', 43.2, 43.2, 37.24, 10, null, 9]]), cells: ['H3'] },
  ],
  SCORE_EXCEEDS_WEIGHT: [
    { why: 'stated 12 of weight 10', sheet: () => sheetA([r('产出指标', '数量指标', '培训人次', '≥', 300, '人次', 10, 300, 12)]), cells: ['J4'] },
    { why: 'qualitative row stated 12 of weight 10', sheet: () => sheetA([r('效益指标', '社会效益指标', '服务水平', '定性', '提升', null, 10, '达成', 12)]), cells: ['J4'] },
  ],
  SCORE_OUT_OF_BAND: [{ why: '部分达成 stated 9 (band [6, 8))', sheet: () => sheetA([r('效益指标', '社会效益指标', '服务水平', '定性', '提升', null, 10, '部分达成', 9, '原因')]), cells: ['J4'] }],
  TOTAL_MISMATCH: [
    { why: '合计 stated 25 vs Σ stated 20', sheet: () => sheetA([[...ok('a'), 10], [...ok('b'), 10], ['合计', null, null, null, null, null, 20, null, 25]]), cells: ['J6'] },
    { why: 'layout B 总分 in the merged label column', sheet: () => layoutB([['产出指标', '数量指标', '项目数量', '≥50个', 50, 90, 90]], [[null, '年度资金总额', 10, 10, 10, 10, 1, 10]], ['总分', null, null, null, null, null, 100, 99]), cells: ['H7'] },
  ],
  BUDGET_INCONSISTENT: [
    {
      why: 'layout A: 资金总额 ≠ 财政拨款 + 其他资金 → the total cell',
      sheet: () => sheetFromGrid('自评表', [
        [null, '资金总额', null, '财政拨款', null, '其他资金'],
        [null, 100, null, 80, null, 10],
        [],
        [null, '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重', '实际完成值'],
        [null, ...ok('a', 100)],
      ]),
      cells: ['B2'],
    },
    { why: 'layout B: stated 执行率 90% vs 86.2% → the rate cell', sheet: () => layoutB([['产出指标', '数量指标', '项目数量', '≥50个', 50, 90, 90]], [[null, '年度资金总额', 43.2, 43.2, 37.24, 10, '90%', 8.62]]), cells: ['G3'] },
    { why: 'layout B: budget 0', sheet: () => layoutB([['产出指标', '数量指标', '项目数量', '≥50个', 50, 90, 90]], [[null, '年度资金总额:', 0, 0, 0, 10, 0, 0]]), cells: ['D3'] },
  ],
  EXECUTION_LOW_NO_REASON: [
    {
      why: 'sichuan: 预算执行情况 row at 80% with no reason → its reason cell',
      profile: getProfile('sichuan')!,
      sheet: () => layoutC([
        ['预算执行情况(10分)', null, '总额', null, 100, '万元', 10, 80, null, null],
        [null, null, '其中：财政资金', null, 100, '万元', '/', 80, null, null],
        ['产出指标', '数量指标', '培训人次', '≥', 300, '人次', 90, 300, null, null],
      ]),
      cells: ['K3'],
    },
  ],
};

function run(c: Case): TableReport[] {
  const out = scoreSheet(c.sheet(), { profile: c.profile ?? mof });
  if (!out.ok) throw new Error(`${c.why}: ${out.error.message}`);
  return out.tables;
}

describe('every finding code at the cell SPEC §3 names', () => {
  it('every code of the catalogue has a case', () => {
    const missing = FINDING_CODES.filter((code) => !(CASES[code]?.length > 0));
    expect(missing).toEqual([]);
  });

  const all = FINDING_CODES.flatMap((code) => (CASES[code] ?? []).map((c) => [code, c.why, c] as const));
  it.each(all)('%s — %s', (code, _why, c) => {
    const got = run(c).flatMap((t) => t.findings).filter((f) => f.code === code).map((f) => f.cell);
    for (const cell of c.cells) expect(got).toContain(cell);
  });
});
