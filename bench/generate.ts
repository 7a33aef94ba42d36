/**
 * Generated self-evaluation tables for the benchmarks (SPEC §1 layouts A and B), deterministic for a given size.
 *
 * Every table has the real forms' furniture: a title block, merged 一级/二级指标 down their groups, a left-hand label
 * column (layout B), a budget block (layout B) and a total row. Indicators are a realistic mix: about 45% ≥, 15% ≤
 * (成本 rows in 万元), 10% =, 25% 定性, and about 5% rows carrying an error (missing actual, unknown unit, unknown
 * operator, text where a number belongs, weight missing). Units come from the catalogue (个 人次 % 万元 天 …) plus a few
 * unknown ones; weights are points (layout B) or percentages stored as fractions with a % format (layout A).
 */
import type { CellRange, CellValue, SheetSnapshot } from '../src/core/snapshot/SheetSnapshot';
import { fromA1, toA1 } from '../src/core/snapshot/address';

export type Layout = 'A' | 'B';

/** Park–Miller: small, fast and deterministic. */
function rng(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const LEVEL1 = ['产出指标', '效益指标', '满意度指标', '成本指标'] as const;
const LEVEL2: Record<(typeof LEVEL1)[number], string[]> = {
  产出指标: ['数量指标', '质量指标', '时效指标'],
  效益指标: ['社会效益指标', '经济效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
  成本指标: ['经济成本指标'],
};
const COUNT_UNITS = ['个', '人次', '次', '项', '户', '场', '台', '件'];
const NAMES = ['培训', '检查', '宣传活动', '监测点位', '服务对象', '项目验收', '设备采购', '督导', '课题研究', '信息发布'];
const QUAL_TARGETS = ['有效提升', '明显改善', '逐步提高', '按期完成', '稳步推进'];
const QUAL_ACTUALS = ['达到预期', '有效提升', '基本达到', '部分完成', '未完成', '明显改善', '效果良好'];

interface Row {
  level1: string;
  level2: string;
  name: string;
  /** 'GE' | 'LE' | 'EQ' | 'QUAL' or an unknown operator word. */
  op: string;
  target: CellValue;
  unit: string;
  actual: CellValue;
  /** Whether target/actual are Excel percents (fraction + % format). */
  percent: boolean;
  weight: number | null;
}

/** The indicator rows, grouped by level 1 then level 2 (as the forms list them). */
function indicatorRows(n: number, seed: number): Row[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const rows: Row[] = [];
  // Level-1 shares: 产出 50%, 效益 25%, 满意度 10%, 成本 15%.
  const shares = [0.5, 0.25, 0.1, 0.15];
  let made = 0;
  LEVEL1.forEach((l1, i) => {
    const count = i === LEVEL1.length - 1 ? n - made : Math.round(n * shares[i]);
    made += count;
    const l2s = LEVEL2[l1];
    for (let k = 0; k < count; k++) {
      const l2 = l2s[Math.floor((k * l2s.length) / count)];
      const idx = rows.length + 1;
      const r = rand();
      let row: Row;
      if (l1 === '成本指标') {
        const t = Math.round(50 + rand() * 500);
        row = { level1: l1, level2: l2, name: `${pick(NAMES)}成本${idx}`, op: 'LE', target: t, unit: '万元', actual: Math.round(t * (0.6 + rand() * 0.5)), percent: false, weight: 2 };
      } else if (l1 === '满意度指标') {
        row = { level1: l1, level2: l2, name: `服务对象满意度${idx}`, op: 'GE', target: 0.9, unit: '%', actual: Math.round((0.8 + rand() * 0.2) * 100) / 100, percent: true, weight: 2 };
      } else if (r < 0.6) {
        const t = Math.round(10 + rand() * 990);
        row = { level1: l1, level2: l2, name: `${pick(NAMES)}数量${idx}`, op: 'GE', target: t, unit: pick(COUNT_UNITS), actual: Math.round(t * (0.7 + rand() * 0.8)), percent: false, weight: 2 };
      } else if (r < 0.75) {
        row = { level1: l1, level2: l2, name: `${pick(NAMES)}完成率${idx}`, op: 'EQ', target: 1, unit: '%', actual: rand() < 0.8 ? 1 : 0.95, percent: true, weight: 2 };
      } else {
        row = { level1: l1, level2: l2, name: `${pick(NAMES)}成效${idx}`, op: 'QUAL', target: pick(QUAL_TARGETS), unit: '', actual: pick(QUAL_ACTUALS), percent: false, weight: 2 };
      }
      // About 5% of the rows carry an error.
      const e = rand();
      if (e < 0.01) row.actual = null;
      else if (e < 0.02 && row.op !== 'QUAL') row.unit = '公斤次';
      else if (e < 0.03) row.op = '约';
      else if (e < 0.04 && row.op !== 'QUAL') row.actual = '基本完成';
      else if (e < 0.05) row.weight = null;
      rows.push(row);
    }
  });
  return rows;
}

const OP_SIGN: Record<string, string> = { GE: '≥', LE: '≤', EQ: '=', QUAL: '定性' };

/** A sheet under construction: sparse writes into a values/formats grid. */
class SheetBuilder {
  values: CellValue[][] = [];
  formats: string[][] = [];
  merges: CellRange[] = [];
  set(row: number, col: number, v: CellValue, format?: string): void {
    const vr = (this.values[row] ??= []);
    vr[col] = v;
    if (format) (this.formats[row] ??= [])[col] = format;
  }
  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom === top && right === left) return;
    this.merges.push({ top, left, bottom, right });
  }
  snapshot(name: string): SheetSnapshot {
    const width = Math.max(...this.values.map((r) => (r ? r.length : 0)));
    const values: CellValue[][] = [];
    const formats: string[][] = [];
    for (let r = 0; r < this.values.length; r++) {
      const vr = this.values[r] ?? [];
      const fr = this.formats[r] ?? [];
      const v: CellValue[] = new Array<CellValue>(width);
      const f: string[] = new Array<string>(width);
      for (let c = 0; c < width; c++) {
        v[c] = vr[c] ?? null;
        f[c] = fr[c] ?? 'General';
      }
      values.push(v);
      formats.push(f);
    }
    // Merged non-top-left cells read as null (as Excel reports them).
    for (const m of this.merges) {
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) values[r][c] = null;
    }
    return { name, top: 0, left: 0, values, formats, merges: this.merges, fills: {}, notes: {} };
  }
}

/** Merges level-1/level-2 labels down their runs (the top cell holds the text). */
function writeHierarchy(b: SheetBuilder, rows: Row[], first: number, l1Col: number, l2Col: number): void {
  let s1 = 0;
  let s2 = 0;
  for (let i = 1; i <= rows.length; i++) {
    const end = i === rows.length;
    if (end || rows[i].level2 !== rows[s2].level2 || rows[i].level1 !== rows[s2].level1) {
      b.set(first + s2, l2Col, rows[s2].level2);
      b.merge(first + s2, l2Col, first + i - 1, l2Col);
      s2 = i;
    }
    if (end || rows[i].level1 !== rows[s1].level1) {
      b.set(first + s1, l1Col, rows[s1].level1);
      b.merge(first + s1, l1Col, first + i - 1, l1Col);
      s1 = i;
    }
  }
}

/**
 * Layout A (Sichuan / department): title, unit row, header at row 4 from column B:
 * 一级指标 二级指标 三级指标 绩效指标性质 绩效指标值 绩效度量单位 权重 实际完成指标值 偏差原因分析及改进措施; 合计 at the end.
 */
function layoutA(rows: Row[]): SheetSnapshot {
  const b = new SheetBuilder();
  b.set(0, 1, '2025年度部门整体支出绩效目标完成情况自评表');
  b.merge(0, 1, 0, 9);
  b.set(1, 1, '部门名称');
  b.set(1, 2, '某某市教育局');
  b.set(2, 1, '年度总体目标');
  b.set(2, 2, '完成年度各项工作任务');
  b.merge(2, 2, 2, 9);
  const H = 3;
  ['一级指标', '二级指标', '三级指标', '绩效指标性质', '绩效指标值', '绩效度量单位', '权重', '实际完成指标值', '偏差原因分析及改进措施'].forEach((h, i) => b.set(H, 1 + i, h));
  const first = H + 1;
  rows.forEach((r, i) => {
    const row = first + i;
    b.set(row, 3, r.name);
    b.set(row, 4, OP_SIGN[r.op] ?? r.op);
    b.set(row, 5, r.target, r.percent ? '0%' : undefined);
    b.set(row, 6, r.unit || null);
    b.set(row, 7, r.weight === null ? null : r.weight / 100, '0%');
    b.set(row, 8, r.actual, r.percent && typeof r.actual === 'number' ? '0%' : undefined);
    if (i % 7 === 0) b.set(row, 9, '按计划推进');
  });
  writeHierarchy(b, rows, first, 1, 2);
  const total = first + rows.length;
  b.set(total, 1, '合计');
  b.merge(total, 1, total, 6);
  b.set(total, 7, rows.reduce((a, r) => a + (r.weight ?? 0), 0) / 100, '0%');
  return b.snapshot('自评表');
}

/** The operator and unit written inside a layout-B value cell: ≥50个, ≤90万元, =100%, 95%. */
function inline(v: CellValue, r: Row, withOp: boolean): CellValue {
  if (typeof v !== 'number') return v;
  const n = r.percent ? `${Math.round(v * 100)}%` : `${v}${r.unit}`;
  return withOp ? `${OP_SIGN[r.op] ?? r.op}${n}` : r.unit || r.percent ? n : v;
}

/**
 * Layout B (MoF project form): title block, budget block (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分),
 * 年度总体目标, a 绩效指标 label column merged down the table, header 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值
 * 得分 偏差原因分析及改进措施 with operator and unit inside the value cells, and 总分 at the end.
 */
function layoutB(rows: Row[]): SheetSnapshot {
  const b = new SheetBuilder();
  b.set(0, 0, '项目支出绩效自评表');
  b.merge(0, 0, 0, 9);
  b.set(1, 0, '项目名称');
  b.set(1, 1, '义务教育均衡发展专项');
  b.set(2, 0, '主管部门');
  b.set(2, 1, '某某市教育局');
  ['项目资金(万元)', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) => h && b.set(3, i, h));
  b.set(4, 0, '年度资金总额');
  b.set(4, 2, 880);
  b.set(4, 3, 880);
  b.set(4, 4, 835.6);
  b.set(4, 5, 10);
  b.set(4, 6, 0.9495, '0.00%');
  b.set(4, 7, 9.5);
  b.set(5, 0, '年度总体目标');
  b.set(5, 1, '完成义务教育均衡发展年度任务');
  b.merge(5, 1, 5, 9);
  const H = 6;
  ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((h, i) => b.set(H, i, h));
  const first = H + 1;
  rows.forEach((r, i) => {
    const row = first + i;
    b.set(row, 3, r.name);
    const target = r.op === 'QUAL' ? r.target : inline(r.target, r, true);
    b.set(row, 4, r.op === '约' ? `约${inline(r.target, r, false)}` : target);
    b.set(row, 5, r.op === 'QUAL' ? r.actual : inline(r.actual, r, false));
    b.set(row, 6, r.weight === null ? null : r.weight);
    if (i % 3 === 0 && r.weight !== null) b.set(row, 7, r.weight);
    if (i % 7 === 0) b.set(row, 8, '按计划推进');
  });
  writeHierarchy(b, rows, first, 1, 2);
  b.set(H, 0, '绩效指标');
  b.merge(H, 0, first + rows.length - 1, 0);
  const total = first + rows.length;
  b.set(total, 0, '总分');
  b.merge(total, 0, total, 5);
  b.set(total, 6, rows.reduce((a, r) => a + (r.weight ?? 0), 0) + 10);
  return b.snapshot('项目自评表');
}

/** A generated sheet of `n` indicators in the given layout (values as an adapter would read them). */
export function generateSheet(layout: Layout, n: number, seed = 20250101): SheetSnapshot {
  const rows = indicatorRows(n, seed + n);
  return layout === 'A' ? layoutA(rows) : layoutB(rows);
}

/** Cells of a snapshot as [row, col, value, format] (non-empty values or non-General formats), for the adapters. */
export function* cellsOf(s: SheetSnapshot): Generator<[number, number, CellValue, string]> {
  for (let r = 0; r < s.values.length; r++) {
    const vr = s.values[r];
    const fr = s.formats[r] ?? [];
    for (let c = 0; c < vr.length; c++) {
      const v = vr[c];
      const f = fr[c] ?? 'General';
      if ((v !== null && v !== '') || f !== 'General') yield [s.top + r, s.left + c, v, f];
    }
  }
}

export const mergeA1 = (m: CellRange): string => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`;
export { fromA1 };
