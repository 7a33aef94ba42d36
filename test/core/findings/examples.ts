import type { FindingCode, FindingParams } from '../../../src/core/findings';

/** One example finding: where it points (A1), its figures, and strings both locales must show. */
export interface Example<K extends FindingCode> {
  cell: string;
  params: FindingParams[K];
  /** Formatted figures each locale's message must contain. */
  figures: readonly string[];
}

/** Every code with at least one example (each `kind` variant too); the first is the one in docs/FINDINGS.md. */
export const EXAMPLES: { readonly [K in FindingCode]: readonly Example<K>[] } = {
  HIERARCHY_MISSING: [{ cell: 'D20', params: { name: '办公设备购置数量' }, figures: ['办公设备购置数量'] }],
  ROW_CONTINUATION: [
    { cell: 'D21', params: { fragment: '正常访问', joinedTo: '保障政府门户网站正常访问' }, figures: ['正常访问', '保障政府门户网站正常访问'] },
  ],
  DUPLICATE_INDICATOR: [{ cell: 'D30', params: { name: '保障会议场次', firstCell: 'D18' }, figures: ['保障会议场次', 'D18'] }],
  PLACEHOLDER_ROW: [{ cell: 'D40', params: { text: '指标1：' }, figures: ['指标1：'] }],
  OPERATOR_MISSING: [{ cell: 'E22', params: { name: '培训人次', target: '300', assumed: '≥' }, figures: ['培训人次', '300'] }],
  OPERATOR_UNKNOWN: [{ cell: 'E23', params: { name: '培训人次', text: '约' }, figures: ['培训人次', '约'] }],
  OPERATOR_AMBIGUOUS: [
    { cell: 'F24', params: { name: '培训人次', text: '300人次以上', assumed: 'GE' }, figures: ['300人次以上', '≥'] },
  ],
  OPERATOR_DIRECTION: [
    { cell: 'E47', params: { name: '车辆购置成本', kind: 'cost', operator: 'GE', expected: 'LE' }, figures: ['车辆购置成本', '≥', '≤'] },
    { cell: 'E50', params: { name: '服务对象满意度', kind: 'satisfaction', operator: 'LE', expected: 'GE' }, figures: ['服务对象满意度', '≥', '≤'] },
  ],
  TARGET_MISSING: [{ cell: 'F25', params: { name: '培训人次' }, figures: ['培训人次'] }],
  TARGET_NOT_NUMERIC: [
    { cell: 'F26', params: { name: '培训人次', target: '较上年增加', operator: 'GE' }, figures: ['较上年增加', '≥'] },
  ],
  ACTUAL_MISSING: [{ cell: 'I33', params: { name: '保障政府门户网站正常访问' }, figures: ['保障政府门户网站正常访问'] }],
  ACTUAL_NOT_NUMERIC: [
    { cell: 'I27', params: { name: '培训人次', actual: '完成', target: '≥300人次' }, figures: ['完成', '≥300人次'] },
  ],
  QUALITATIVE_UNRECOGNIZED: [
    { cell: 'I28', params: { name: '制度建设', actual: '正在推进', target: '健全' }, figures: ['正在推进', '健全'] },
  ],
  NEGATIVE_VALUE: [{ cell: 'I29', params: { name: '节约资金', actual: -3.5 }, figures: ['-3.5'] }],
  PERCENT_OUT_OF_RANGE: [
    { cell: 'I50', params: { name: '服务对象满意度', value: 120, which: 'actual' }, figures: ['120%'] },
    { cell: 'F51', params: { name: '验收合格率', value: 105, which: 'target' }, figures: ['105%'] },
  ],
  UNIT_MISSING: [{ cell: 'G22', params: { name: '培训人次' }, figures: ['培训人次'] }],
  UNIT_UNKNOWN: [{ cell: 'G23', params: { name: '宣传资料', unit: '摞' }, figures: ['摞'] }],
  UNIT_MISMATCH: [
    { cell: 'G24', params: { name: '办公用房面积', targetUnit: '平方米', actualUnit: '个' }, figures: ['平方米', '个'] },
  ],
  UNIT_CONVERTED: [
    { cell: 'I47', params: { name: '车辆购置成本', from: '161800元', to: '16.18万元' }, figures: ['161800元', '16.18万元'] },
  ],
  WEIGHT_MISSING: [{ cell: 'H25', params: { name: '培训人次' }, figures: ['培训人次'] }],
  WEIGHT_INVALID: [{ cell: 'H26', params: { name: '培训人次', weight: '-3', expectedTotal: 100 }, figures: ['-3', '100'] }],
  WEIGHT_TOTAL: [
    { cell: 'H16', params: { total: 92, expected: 100, budgetWeight: 0 }, figures: ['92', '100', '8'] },
    { cell: 'H16', params: { total: 100.3, expected: 100, budgetWeight: 10 }, figures: ['100.3', '100', '0.3', '10'] },
  ],
  NOT_MET: [
    {
      cell: 'I30',
      params: { name: '培训人次', target: '≥300人次', actual: '240人次', attainment: 0.8, score: 4, weight: 5 },
      figures: ['≥300人次', '240人次', '80%', '4', '5'],
    },
    {
      cell: 'I31',
      params: { name: '制度建设', target: '健全', actual: '部分完成', attainment: null, score: 3.5, weight: 5 },
      figures: ['健全', '部分完成', '3.5', '5'],
    },
  ],
  DEVIATION_REASON_MISSING: [
    { cell: 'J30', params: { name: '培训人次', attainment: 0.8 }, figures: ['80%'] },
    { cell: 'J31', params: { name: '制度建设', attainment: null }, figures: ['制度建设'] },
  ],
  OVER_ACHIEVED: [
    {
      cell: 'I17',
      params: { name: '保障公务接待批次', target: 5, actual: 9, attainment: 1.8, threshold: 1.2 },
      figures: ['9', '5', '180%', '120%'],
    },
  ],
  EQ_EXCEEDED: [{ cell: 'I32', params: { name: '资料归档率', target: 100, actual: 110 }, figures: ['100', '110', '10'] }],
  COST_FAR_BELOW: [
    {
      cell: 'I47',
      params: { name: '车辆购置成本', target: 65, actual: 16.18, unit: '万元', threshold: 0.5 },
      figures: ['16.18 万元', '65 万元', '50%'],
    },
  ],
  SCORE_MISMATCH: [
    { cell: 'J18', params: { name: '保障会议场次', stated: 2, computed: 3 }, figures: ['2', '3', '1'] },
  ],
  SCORE_EXCEEDS_WEIGHT: [{ cell: 'J19', params: { name: '保障会议场次', stated: 12, weight: 10 }, figures: ['12', '10'] }],
  SCORE_OUT_OF_BAND: [
    { cell: 'J20', params: { name: '制度建设', stated: 9, grade: '部分达成', low: 6, high: 8 }, figures: ['9', '6', '8'] },
  ],
  TOTAL_MISMATCH: [{ cell: 'J52', params: { stated: 95, sum: 93.5 }, figures: ['95', '93.5', '1.5'] }],
  BUDGET_INCONSISTENT: [
    { cell: 'C8', params: { kind: 'sum', total: 120, parts: 115 }, figures: ['120', '115', '5'] },
    { cell: 'H8', params: { kind: 'rate', stated: 0.95, computed: 0.9 }, figures: ['95%', '90%', '5'] },
    { cell: 'D8', params: { kind: 'zero', label: '全年预算数' }, figures: ['全年预算数'] },
  ],
  EXECUTION_LOW_NO_REASON: [
    { cell: 'K8', params: { rate: 0.85, threshold: 0.9 }, figures: ['85%', '90%'] },
    { cell: 'K8', params: { rate: 0.7 }, figures: ['70%'] },
  ],
};
