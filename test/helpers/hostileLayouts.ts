/**
 * Clean self-evaluation tables of layouts A, B and C (SPEC §1) built in memory: every indicator met, weights total 100,
 * no error or warning expected. The seeded-error suite and the fuzz tests mutate copies of them.
 */
import type { CellRange, CellValue, SheetSnapshot } from '../../src/core/snapshot/SheetSnapshot';

export type LayoutName = 'A' | 'B' | 'C';
export type RowKind = 'count' | 'ratio' | 'money' | 'qual';

export interface IndicatorRowInfo {
  row: number;
  kind: RowKind;
  /** GE / LE / EQ / QUAL as written. */
  op: 'GE' | 'LE' | 'EQ' | 'QUAL';
  name: string;
  weight: number;
}

export interface CleanTable {
  layout: LayoutName;
  sheet: string;
  values: CellValue[][];
  formats: string[][];
  merges: CellRange[];
  headerRow: number;
  /** 0-based columns of the indicator table. */
  cols: {
    level1: number; level2: number; name: number; operator?: number; target: number; unit?: number;
    weight: number; actual: number; score?: number; reason?: number;
  };
  indicators: IndicatorRowInfo[];
  totalRow: number | null;
  /** Weight values are stored as fractions with a % number format (layout A) instead of points. */
  percentWeights: boolean;
}

function setCell(t: CleanTable, row: number, col: number, v: CellValue, fmt?: string): void {
  while (t.values.length <= row) t.values.push([]);
  while (t.formats.length <= row) t.formats.push([]);
  const vr = t.values[row];
  const fr = t.formats[row];
  while (vr.length <= col) vr.push(null);
  while (fr.length <= col) fr.push('General');
  vr[col] = v;
  if (fmt) fr[col] = fmt;
}

function pad(t: CleanTable): void {
  const width = Math.max(...t.values.map((r) => r.length));
  for (let r = 0; r < t.values.length; r++) {
    t.values[r] ??= [];
    t.formats[r] ??= [];
    while (t.values[r].length < width) t.values[r].push(null);
    while (t.formats[r].length < width) t.formats[r].push('General');
  }
}

/** Layout A (Sichuan department form): operator and unit in their own columns, 权重 as 10% (0.1 with a % format). */
export function layoutA(): CleanTable {
  const t: CleanTable = {
    layout: 'A', sheet: '自评表', values: [], formats: [], merges: [], headerRow: 4,
    cols: { level1: 1, level2: 2, name: 3, operator: 4, target: 5, unit: 6, weight: 7, actual: 8 },
    indicators: [], totalRow: null, percentWeights: true,
  };
  setCell(t, 0, 0, '部门整体支出绩效目标完成情况自评表');
  setCell(t, 1, 0, '年度部门整体支出预算');
  ['资金总额', '财政拨款', '其他资金'].forEach((h, i) => setCell(t, 1, 1 + i * 2, h));
  [1000, 800, 200].forEach((v, i) => setCell(t, 2, 1 + i * 2, v));
  setCell(t, 4, 0, '年度绩效指标');
  ['一级指标', '二级指标', '三级指标', '绩效指标性质', '绩效指标值', '绩效度量单位', '权重', '实际完成指标值'].forEach((h, i) => setCell(t, 4, 1 + i, h));
  const rows: [string, string, string, string, CellValue, string, number, CellValue, RowKind][] = [
    ['产出指标', '数量指标', '保障公务接待批次', '≥', 5, '次', 0.1, 5, 'count'],
    ['产出指标', '数量指标', '采购国产电脑', '=', 166, '台', 0.1, 166, 'count'],
    ['产出指标', '质量指标', '车辆验收合格率', '=', 100, '%', 0.1, 100, 'ratio'],
    ['产出指标', '质量指标', '保障其他运行维护', '定性', '据实保障', '', 0.1, '据实保障', 'qual'],
    ['产出指标', '时效指标', '项目完成时效', '定性', '2025年12月31日前', '', 0.1, '完成', 'qual'],
    ['效益指标', '社会效益指标', '提升党政机关服务水平', '定性', '持续提升', '', 0.1, '持续提升', 'qual'],
    ['效益指标', '可持续影响指标', '采购电脑使用年限', '≥', 6, '年', 0.1, 6, 'count'],
    ['满意度指标', '满意度指标', '受益群体满意度', '≥', 95, '%', 0.1, 96, 'ratio'],
    ['成本指标', '经济成本指标', '保运转类专项项目成本', '≤', 135, '万元', 0.1, 134.2, 'money'],
    ['成本指标', '经济成本指标', '车辆购置成本', '≤', 65, '万元', 0.1, 60, 'money'],
  ];
  rows.forEach(([l1, l2, name, op, target, unit, w, actual, kind], i) => {
    const r = 5 + i;
    setCell(t, r, 0, '年度绩效指标');
    [l1, l2, name, op, target, unit === '' ? null : unit].forEach((v, j) => setCell(t, r, 1 + j, v));
    setCell(t, r, 7, w, '0%');
    setCell(t, r, 8, actual);
    t.indicators.push({ row: r, kind, op: op === '≥' ? 'GE' : op === '≤' ? 'LE' : op === '=' ? 'EQ' : 'QUAL', name, weight: w * 100 });
  });
  // 一级指标 / 二级指标 merged vertically as in the seed; the left-hand label spans the table.
  mergeRuns(t, 1);
  mergeRuns(t, 2);
  t.merges.push({ top: 4, left: 0, bottom: 4 + rows.length, right: 0 });
  for (let r = 5; r <= 4 + rows.length; r++) t.values[r][0] = null;
  pad(t);
  return t;
}

/** Merges vertical runs of equal labels in a column of the indicator rows; non-top cells read as null. */
function mergeRuns(t: CleanTable, col: number): void {
  const rows = t.indicators.map((i) => i.row);
  let start = 0;
  for (let k = 1; k <= rows.length; k++) {
    const same = k < rows.length && t.values[rows[k]][col] === t.values[rows[start]][col];
    if (same) continue;
    if (k - start > 1) {
      t.merges.push({ top: rows[start], left: col, bottom: rows[k - 1], right: col });
      for (let j = start + 1; j < k; j++) t.values[rows[j]][col] = null;
    }
    start = k;
  }
}

/** Layout B (MOF project form): operator and unit inside the target cell, 分值 in points, 得分, budget block above, 合计. */
export function layoutB(): CleanTable {
  const t: CleanTable = {
    layout: 'B', sheet: 'Sheet1', values: [], formats: [], merges: [], headerRow: 5,
    cols: { level1: 0, level2: 1, name: 2, target: 3, actual: 4, weight: 5, score: 6, reason: 7 },
    indicators: [], totalRow: null, percentWeights: false,
  };
  setCell(t, 0, 0, '项目支出绩效自评表');
  setCell(t, 1, 0, '项目名称');
  setCell(t, 1, 1, '委托业务项目');
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) => setCell(t, 2, 1 + i, h));
  setCell(t, 2, 0, '项目资金(万元)');
  [100, 100, 95, 10].forEach((v, i) => setCell(t, 3, 1 + i, v));
  setCell(t, 3, 5, 0.95, '0.00%');
  setCell(t, 3, 6, 9.5);
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((h, i) => setCell(t, 5, i, h));
  const rows: [string, string, string, CellValue, CellValue, number, RowKind, IndicatorRowInfo['op']][] = [
    ['产出指标', '数量指标', '基建工程委托业务项目数量', '≥50个', 50, 15, 'count', 'GE'],
    ['产出指标', '质量指标', '委托业务报告合格率', '=100%', '100%', 15, 'ratio', 'EQ'],
    ['产出指标', '时效指标', '提交报告及时性', '在项目计划完成时间内完成', '达成预期指标', 10, 'qual', 'QUAL'],
    ['产出指标', '成本指标', '项目总成本', '≤90万元', '85万元', 10, 'money', 'LE'],
    ['效益指标', '社会效益指标', '对维护基建市场公平的影响程度', '效果明显', '达成预期指标', 15, 'qual', 'QUAL'],
    ['效益指标', '可持续影响指标', '服务覆盖人数', '≥1000人', '1000人', 15, 'count', 'GE'],
    ['满意度指标', '满意度指标', '服务对象满意度', '≥90%', '95%', 10, 'ratio', 'GE'],
  ];
  rows.forEach(([l1, l2, name, target, actual, w, kind, op], i) => {
    const r = 6 + i;
    [l1, l2, name, target, actual, w, w].forEach((v, j) => setCell(t, r, j, v));
    t.indicators.push({ row: r, kind, op, name, weight: w });
  });
  mergeRuns(t, 0);
  const total = 6 + rows.length;
  setCell(t, total, 0, '合计');
  setCell(t, total, 5, 100);
  setCell(t, total, 6, 99.5);
  t.totalRow = total;
  pad(t);
  return t;
}

/** Layout C (Sichuan 一体化 export): own operator/unit columns, 权重, 预算执行情况(10分) rows inside the table, 得分, 合计. */
export function layoutC(): CleanTable {
  const t: CleanTable = {
    layout: 'C', sheet: '项目自评', values: [], formats: [], merges: [], headerRow: 2,
    cols: { level1: 0, level2: 1, name: 2, operator: 3, target: 4, unit: 5, weight: 6, actual: 7, score: 8, reason: 9 },
    indicators: [], totalRow: null, percentWeights: false,
  };
  setCell(t, 0, 0, '项目支出绩效自评表');
  ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重', '完成值', '得分', '未完成原因分析'].forEach((h, i) => setCell(t, 2, i, h));
  [['预算执行情况(10分)', null, null, null, 1000, '万元', 10, 980, 9.8],
    ['其中：财政资金', null, null, null, 800, '万元', '/', 780, '/'],
    ['其他资金', null, null, null, 200, '万元', '/', 200, '/']].forEach((vals, i) => vals.forEach((v, j) => setCell(t, 3 + i, j, v as CellValue)));
  const rows: [string, string, string, string, CellValue, string | null, number, CellValue, RowKind][] = [
    ['产出指标', '数量指标', '培训人次', '≥', 500, '人次', 20, 520, 'count'],
    ['产出指标', '质量指标', '培训合格率', '≥', 95, '%', 20, 98, 'ratio'],
    ['产出指标', '时效指标', '培训完成时间', '定性', '2025年12月31日前', null, 10, '2025年11月30日', 'qual'],
    ['产出指标', '成本指标', '人均培训成本', '≤', 1000, '元', 10, 950, 'money'],
    ['效益指标', '社会效益指标', '提升基层服务能力', '定性', '有效提升', null, 20, '达成', 'qual'],
    ['满意度指标', '满意度指标', '参训人员满意度', '≥', 90, '%', 10, 95, 'ratio'],
  ];
  rows.forEach(([l1, l2, name, op, target, unit, w, actual, kind], i) => {
    const r = 6 + i;
    [l1, l2, name, op, target, unit, w, actual, w].forEach((v, j) => setCell(t, r, j, v));
    t.indicators.push({ row: r, kind, op: op === '≥' ? 'GE' : op === '≤' ? 'LE' : op === '=' ? 'EQ' : 'QUAL', name, weight: w });
  });
  const total = 6 + rows.length;
  setCell(t, total, 0, '合计');
  setCell(t, total, 6, 100);
  setCell(t, total, 8, 99.8);
  t.totalRow = total;
  pad(t);
  return t;
}

export const LAYOUTS: Record<LayoutName, () => CleanTable> = { A: layoutA, B: layoutB, C: layoutC };

/** Deep copy, so injections never touch the original. */
export function cloneTable(t: CleanTable): CleanTable {
  return { ...t, values: t.values.map((r) => r.slice()), formats: t.formats.map((r) => r.slice()), merges: t.merges.map((m) => ({ ...m })), indicators: t.indicators.map((i) => ({ ...i })) };
}

export function toSnapshot(t: CleanTable): SheetSnapshot {
  return { name: t.sheet, top: 0, left: 0, values: t.values.map((r) => r.slice()), formats: t.formats.map((r) => r.slice()), merges: t.merges.map((m) => ({ ...m })), fills: {}, notes: {} };
}

/** Inserts a copy of an empty row after `row`, shifting everything below (values, formats, merges, row infos). */
export function insertRowAfter(t: CleanTable, row: number): number {
  const width = t.values[0].length;
  t.values.splice(row + 1, 0, new Array<CellValue>(width).fill(null));
  t.formats.splice(row + 1, 0, new Array<string>(width).fill('General'));
  for (const m of t.merges) {
    if (m.top > row) m.top++;
    if (m.bottom >= row) m.bottom++;
  }
  for (const i of t.indicators) if (i.row > row) i.row++;
  if (t.totalRow !== null && t.totalRow > row) t.totalRow++;
  return row + 1;
}
