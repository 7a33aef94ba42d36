import type { ColumnRole } from '../model/Table';

export type HeaderRole = ColumnRole | 'level3' | 'targetAdjusted';

/**
 * Header text (after normalizeHeader) → column role. Exact matches only (SPEC §1).
 * Beyond SPEC: 年初目标值/年初指标值/调整指标值/全年完成值/指标权重/指标得分 from the Chongqing and Hubei forms.
 */
export const HEADER_SYNONYMS: Readonly<Record<string, HeaderRole>> = {
  一级指标: 'level1',
  二级指标: 'level2',
  三级指标: 'level3',
  指标名称: 'name',
  绩效指标: 'name',
  绩效指标性质: 'operator',
  指标性质: 'operator',
  计算符号: 'operator',
  指标方向: 'operator',
  运算符号: 'operator',
  绩效指标值: 'target',
  指标值: 'target',
  年度指标值: 'target',
  目标值: 'target',
  预期目标值: 'target',
  年度目标值: 'target',
  年初目标值: 'target',
  年初指标值: 'target',
  调整指标值: 'targetAdjusted',
  调整后指标值: 'targetAdjusted',
  绩效度量单位: 'unit',
  度量单位: 'unit',
  计量单位: 'unit',
  单位: 'unit',
  权重: 'weight',
  分值: 'weight',
  指标分值: 'weight',
  指标权重: 'weight',
  实际完成指标值: 'actual',
  实际完成值: 'actual',
  完成值: 'actual',
  全年实际值: 'actual',
  实际值: 'actual',
  全年完成值: 'actual',
  得分: 'score',
  自评得分: 'score',
  指标得分: 'score',
  偏差原因分析及改进措施: 'reason',
  未完成原因分析: 'reason',
  偏差原因: 'reason',
  原因分析: 'reason',
};

/** Budget-execution block headers (layout B): 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分. */
export type BudgetRole = 'initial' | 'budget' | 'adjusted' | 'executed' | 'weight' | 'rate' | 'score';
export const BUDGET_HEADERS: Readonly<Record<string, BudgetRole>> = {
  年初预算数: 'initial',
  全年预算数: 'budget',
  预算数: 'budget',
  调整后预算数: 'adjusted',
  全年执行数: 'executed',
  执行数: 'executed',
  分值: 'weight',
  权重: 'weight',
  执行率: 'rate',
  得分: 'score',
};

/** Labels whose row ends a table (the next project's title block). */
export const TITLE_LABELS: ReadonlySet<string> = new Set([
  '项目名称', '主管部门', '实施单位', '单位名称', '部门名称', '项目负责人', '联系电话', '填报单位',
]);

export const TOTAL_LABELS: ReadonlySet<string> = new Set(['合计', '总分', '总计', '自评总分', '合计得分', '总得分']);
