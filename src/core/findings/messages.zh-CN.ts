import type { MessageTable } from './MessageTable';
import { formatNumber as n, formatPercent as pct, formatQuantity as qty } from './formatNumber';
import { operatorText } from './operatorText';

/** 「name」, or 本行指标 when the name is empty. */
const q = (name: string): string => (name.trim() === '' ? '本行指标' : `「${name}」`);
const op = (o: string): string => operatorText(o, '定性');
const diff = (a: number, b: number): string => n(Math.abs(a - b));
/** A quantity followed by CJK text: 16.18 万元低于…, or 16.18 低于… without a unit. */
const qz = (v: number, unit: string): string => (unit.trim() === '' ? `${n(v)} ` : qty(v, unit));

/** zh-CN messages: what is wrong, the figures, what to do. */
export const MESSAGES_ZH_CN: MessageTable = {
  HIERARCHY_MISSING: (p) =>
    `缺少上级指标：${q(p.name)}上方没有一级指标或二级指标。请补填该指标所属的一级、二级指标。`,
  ROW_CONTINUATION: (p) =>
    `续行已合并：本行只有名称片段「${p.fragment}」，已并入上一行指标「${p.joinedTo}」。如合并有误，请将完整名称写在同一单元格中。`,
  DUPLICATE_INDICATOR: (p) =>
    `指标重复：${q(p.name)}与 ${p.firstCell} 所在行的一级、二级、三级指标完全相同。请删除重复行或修改指标名称。`,
  PLACEHOLDER_ROW: (p) =>
    `模板占位行已跳过：本行只有「${p.text}」，没有目标值和实际完成值，不参与评分。如需评分，请填写完整的指标。`,
  OPERATOR_MISSING: (p) =>
    `缺少指标性质：${q(p.name)}的目标值「${p.target}」是数值，但没有 ≥、≤、= 等符号，暂按「${p.assumed}」评分。请在指标性质列或目标值中注明符号。`,
  OPERATOR_UNKNOWN: (p) =>
    `指标性质无法识别：${q(p.name)}的指标性质为「${p.text}」，本指标按 0 分计。请改为 ≥、>、≤、<、= 或 定性。`,
  OPERATOR_AMBIGUOUS: (p) =>
    `指标性质不明确：${q(p.name)}写作「${p.text}」，已按 ${op(p.assumed)} 处理（“以上/以下”是否含本数有歧义）。请改为明确的符号，如 ≥ 或 ≤。`,
  OPERATOR_DIRECTION: (p) =>
    p.kind === 'cost'
      ? `指标方向可能有误：${q(p.name)}是成本指标，通常应为 ${op(p.expected)}，当前为 ${op(p.operator)}，仍按 ${op(p.operator)} 评分。请核对指标性质。`
      : `指标方向可能有误：${q(p.name)}是满意度指标，通常应为 ${op(p.expected)}，当前为 ${op(p.operator)}，仍按 ${op(p.operator)} 评分。请核对指标性质。`,
  TARGET_MISSING: (p) => `目标值为空：${q(p.name)}没有填写目标值，本指标按 0 分计。请填写年度目标值。`,
  TARGET_NOT_NUMERIC: (p) =>
    `目标值不是数值：${q(p.name)}的指标性质为 ${op(p.operator)}，目标值却为「${p.target}」，本指标按 0 分计。请填写数值目标，或将指标性质改为定性。`,
  ACTUAL_MISSING: (p) => `实际完成值为空：${q(p.name)}没有填写实际完成值，本指标按 0 分计。请填写实际完成值。`,
  ACTUAL_NOT_NUMERIC: (p) =>
    `实际完成值不是数值：${q(p.name)}是定量指标（目标值 ${p.target}），实际完成值却为「${p.actual}」，本指标按 0 分计。请填写具体数值。`,
  QUALITATIVE_UNRECOGNIZED: (p) =>
    `定性结果无法识别：${q(p.name)}的实际完成值「${p.actual}」无法判定是否达到目标「${p.target}」，已按达成计分。请改写为“达成”“部分达成”或“未达成”。`,
  NEGATIVE_VALUE: (p) => `实际完成值为负数：${q(p.name)}的实际完成值为 ${n(p.actual)}，已按 0 计分。请核对数值。`,
  PERCENT_OUT_OF_RANGE: (p) =>
    `比率超过 100%：${q(p.name)}的${p.which === 'actual' ? '实际完成值' : '目标值'}为 ${n(p.value)}%，该比率不应超过 100%，仍按填写值评分。请核对数值或单位。`,
  UNIT_MISSING: (p) =>
    `缺少计量单位：${q(p.name)}是定量指标，但没有计量单位。请在单位列或目标值中注明单位（如 个、万元、%）。`,
  UNIT_UNKNOWN: (p) =>
    `计量单位无法识别：${q(p.name)}的单位「${p.unit}」不在单位表中，无法换算；目标值与实际值单位相同时仍正常评分。请核对单位写法。`,
  UNIT_MISMATCH: (p) =>
    `单位不一致：${q(p.name)}的目标值单位为「${p.targetUnit}」，实际值单位为「${p.actualUnit}」，二者无法换算比较。请统一目标值与实际值的单位。`,
  UNIT_CONVERTED: (p) => `单位已换算：${p.from} → ${p.to}。`,
  WEIGHT_MISSING: (p) => `权重为空：${q(p.name)}没有填写权重，本指标不计分，也不计入满分。请填写权重。`,
  WEIGHT_INVALID: (p) =>
    `权重无效：${q(p.name)}的权重为「${p.weight}」，应为大于 0 且不超过 ${n(p.expectedTotal)} 的数值。请修改权重。`,
  WEIGHT_TOTAL: (p) =>
    `权重合计为 ${n(p.total)}${p.budgetWeight > 0 ? `（含预算执行率 ${n(p.budgetWeight)}）` : ''}，应为 ${n(p.expected)}（相差 ${diff(p.total, p.expected)}）。请核对各指标权重。`,
  NOT_MET: (p) =>
    `未完成目标：${q(p.name)}目标值「${p.target}」，实际完成值「${p.actual}」${p.attainment === null ? '' : `，完成率 ${pct(p.attainment)}`}，得 ${n(p.score)} 分（满分 ${n(p.weight)} 分）。请分析偏差原因并提出改进措施。`,
  DEVIATION_REASON_MISSING: (p) =>
    `缺少偏差原因：${q(p.name)}未完成目标${p.attainment === null ? '' : `（完成率 ${pct(p.attainment)}）`}，但偏差原因为空。请填写未完成原因及改进措施。`,
  OVER_ACHIEVED: (p) =>
    `超额完成：${q(p.name)}实际值 ${n(p.actual)} 为目标值 ${n(p.target)} 的 ${pct(p.attainment)}，达到 ${pct(p.threshold)} 以上，目标可能定得偏低。请说明超额原因，并在下年度合理设定目标。`,
  EQ_EXCEEDED: (p) =>
    `超过等值目标：${q(p.name)}目标为 = ${n(p.target)}，实际值为 ${n(p.actual)}，超出 ${diff(p.actual, p.target)}。请说明超出原因或核对目标值。`,
  COST_FAR_BELOW: (p) =>
    `成本远低于目标：${q(p.name)}实际值 ${qz(p.actual, p.unit)}低于目标值 ${qz(p.target, p.unit)}的 ${pct(p.threshold)}，请核对单位（元/万元）或预算编制是否合理。`,
  SCORE_MISMATCH: (p) =>
    `得分与计算不符：${q(p.name)}表内得分为 ${n(p.stated)}，按评分规则应为 ${n(p.computed)}（相差 ${diff(p.stated, p.computed)}）。请核对得分。`,
  SCORE_EXCEEDS_WEIGHT: (p) =>
    `得分超过权重：${q(p.name)}表内得分 ${n(p.stated)} 高于权重 ${n(p.weight)}。请将得分改为不超过 ${n(p.weight)} 分。`,
  SCORE_OUT_OF_BAND: (p) =>
    `定性得分超出档次：${q(p.name)}评定为「${p.grade}」，应得 ${n(p.low)}–${n(p.high)} 分，表内得分为 ${n(p.stated)}。请按档次调整得分或评定结果。`,
  TOTAL_MISMATCH: (p) =>
    `合计得分不符：表内合计为 ${n(p.stated)}，各项得分之和为 ${n(p.sum)}（相差 ${diff(p.stated, p.sum)}）。请核对合计或各项得分。`,
  BUDGET_INCONSISTENT: (p) => {
    switch (p.kind) {
      case 'sum':
        return `资金总额不符：资金总额为 ${n(p.total)}，财政拨款与其他资金之和为 ${n(p.parts)}（相差 ${diff(p.total, p.parts)}）。请核对各项预算资金。`;
      case 'rate':
        return `执行率不符：表内执行率为 ${pct(p.stated)}，按执行数/预算数计算为 ${pct(p.computed)}（相差 ${n(Math.abs(p.stated - p.computed) * 100)} 个百分点）。请核对执行率或执行数、预算数。`;
      case 'zero':
        return `预算数为 0：「${p.label}」为 0，无法计算预算执行率。请填写全年预算数。`;
    }
  },
  EXECUTION_LOW_NO_REASON: (p) =>
    `预算执行率偏低且未说明原因：执行率为 ${pct(p.rate)}${p.threshold === undefined ? '' : `，低于 ${pct(p.threshold)}`}。请填写执行率偏低的原因及改进措施。`,
};
