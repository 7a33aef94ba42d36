/**
 * fast-check arbitraries for hostile sheets (issue 4): cell values accountants and OCR produce, mutations of a base
 * snapshot (cells, formats, merges, inserted and deleted rows), and fully random grids seeded with header words.
 */
import fc from 'fast-check';
import type { CellRange, CellValue, SheetSnapshot } from '../../src/core/snapshot/SheetSnapshot';

const OPERATORS = ['≥', '≤', '=', '>', '<', '＞＝', '≧', '>=', '<=', '定性', '定性指标', '定量', '以上', '以下', '大于等于', '不低于', '不超过', '2', '到', '第', 'S', '/', '—'];
const UNITS = ['元', '万元', '亿元', '千元', '%', '％', '百分比', '‰', '个', '次', '人次', '台', '套', '年', '月', '天', '小时', '吨', '亩', '平方公里', '公里', 'tot扁', '批', ''];
const WORDS = [
  '完成', '已完成', '达成', '部分达成', '未达成', '基本完成', '好', '优', '差', '是', '否', '据实保障', '持续提升', '有效保障',
  '达成预期指标', '效果明显', '2025年12月31日前', '2025年底', '12月底前', '2025年11月30日', '2026年1月5日', '……', '指标1：', '指标2:', '/', '无', 'N/A',
  '若干', '较多', '提升', '成本', '满意度', '合格率', '受益群体满意度', '车辆购置成本', '项目总成本', '其中：财政资金', '其他资金',
];
const HEADERS = [
  '一级指标', '二级指标', '三级指标', '指标名称', '绩效指标', '绩效指标性质', '指标性质', '计算符号', '绩效指标值', '指标值', '年度指标值',
  '调整指标值', '绩效度量单位', '度量单位', '单位', '权重', '分值', '实际完成指标值', '实际完成值', '完成值', '得分', '自评得分',
  '偏差原因分析及改进措施', '未完成原因分析', '合计', '总分', '总计', '预算执行情况(10分)', '预算执行情况', '项目资金(万元)',
  '年初预算数', '全年预算数', '调整后预算数', '全年执行数', '执行率', '资金总额', '财政拨款', '项目名称', '主管部门', '绩效自评表',
  '产出指标(50分)', '(30分)', '数量指标', '质量指标',
];
const ERRORS = ['#DIV/0!', '#REF!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!'];
const FORMULA_LIKE = ['=SUM(A1:A3)', '=1+1', '+100', '-5', '@SUM(1)', '=HYPERLINK("http://x","y")', '-', '+', '=', '@'];
export const FORMATS = ['General', '0%', '0.00%', 'yyyy-mm-dd', 'yyyy"年"m"月"d"日"', '@', '#,##0.00', '0.00', '[$¥-804]#,##0'];

const numberArb = fc.oneof(
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.double(), // NaN, ±Infinity, -0, subnormals
  fc.constantFrom(0, -0, 0.03, 0.05, 0.1, 1, 5, 10, 20, 90, 95, 100, 120, 1e15, 1e-12, 45658, 161800, Number.MAX_SAFE_INTEGER),
);
const numberText = fc
  .tuple(fc.constantFrom('', ...OPERATORS), fc.oneof(fc.integer({ min: -100, max: 100000 }).map(String), fc.constantFrom('0.5', '1,000', '1,234.56', '.5', '−3', '¥100', '16.18', '0')), fc.constantFrom(...UNITS), fc.constantFrom('', '', '以上', '以下', '以内', '左右'))
  .map(([op, n, u, tail]) => `${op}${n}${u}${tail}`);

/** One cell value: operators, units, numbers with units, words, headers, garbage, errors, formula-like text, blanks. */
export const cellValueArb: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constantFrom<CellValue>(null, '', '  ', '\n'), weight: 3 },
  { arbitrary: numberArb, weight: 4 },
  { arbitrary: numberText, weight: 4 },
  { arbitrary: fc.constantFrom(...OPERATORS), weight: 2 },
  { arbitrary: fc.constantFrom(...UNITS), weight: 1 },
  { arbitrary: fc.constantFrom(...WORDS), weight: 3 },
  { arbitrary: fc.constantFrom(...HEADERS), weight: 2 },
  { arbitrary: fc.constantFrom(...ERRORS), weight: 1 },
  { arbitrary: fc.constantFrom(...FORMULA_LIKE), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 }, // lone surrogates, control characters
);

export type Mutation =
  | { kind: 'cell'; r: number; c: number; v: CellValue }
  | { kind: 'format'; r: number; c: number; f: string }
  | { kind: 'merge'; r: number; c: number; h: number; w: number }
  | { kind: 'insertRow'; r: number }
  | { kind: 'deleteRow'; r: number }
  | { kind: 'copyRow'; from: number; to: number };

/** Mutations addressed inside (and a little outside) a height × width box. */
export function mutationArb(height: number, width: number, focusTop = 0): fc.Arbitrary<Mutation> {
  const r = fc.oneof({ arbitrary: fc.integer({ min: focusTop, max: height + 2 }), weight: 4 }, { arbitrary: fc.integer({ min: 0, max: height + 2 }), weight: 1 });
  const c = fc.integer({ min: 0, max: width + 2 });
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('cell' as const), r, c, v: cellValueArb }), weight: 12 },
    { arbitrary: fc.record({ kind: fc.constant('format' as const), r, c, f: fc.constantFrom(...FORMATS) }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('merge' as const), r, c, h: fc.integer({ min: 1, max: 6 }), w: fc.integer({ min: 1, max: 4 }) }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('insertRow' as const), r }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('deleteRow' as const), r }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('copyRow' as const), from: r, to: r }), weight: 1 },
  );
}

function ensure(s: SheetSnapshot, r: number, c: number): void {
  while (s.values.length <= r) s.values.push([]);
  while (s.formats.length <= r) s.formats.push([]);
  while (s.values[r].length <= c) s.values[r].push(null);
  while (s.formats[r].length <= c) s.formats[r].push('General');
}

/** Applies mutations to a copy of the snapshot; merges null their non-top-left cells, as Excel reports them. */
export function mutate(base: SheetSnapshot, muts: Mutation[]): SheetSnapshot {
  const s: SheetSnapshot = { ...base, values: base.values.map((r) => r.slice()), formats: base.formats.map((r) => r.slice()), merges: base.merges.map((m) => ({ ...m })), fills: { ...(base.fills ?? {}) }, notes: { ...(base.notes ?? {}) } };
  for (const m of muts) {
    switch (m.kind) {
      case 'cell':
        ensure(s, m.r, m.c);
        s.values[m.r][m.c] = m.v;
        break;
      case 'format':
        ensure(s, m.r, m.c);
        s.formats[m.r][m.c] = m.f;
        break;
      case 'merge': {
        const range: CellRange = { top: m.r, left: m.c, bottom: m.r + m.h - 1, right: m.c + m.w - 1 };
        s.merges = s.merges.filter((x) => x.bottom < range.top || x.top > range.bottom || x.right < range.left || x.left > range.right);
        s.merges.push(range);
        for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) if (r !== range.top || c !== range.left) {
          ensure(s, r, c);
          s.values[r][c] = null;
        }
        break;
      }
      case 'insertRow':
        if (m.r > s.values.length) break;
        s.values.splice(m.r, 0, []);
        s.formats.splice(m.r, 0, []);
        s.merges = s.merges.map((x) => ({ ...x, top: x.top >= m.r ? x.top + 1 : x.top, bottom: x.bottom >= m.r ? x.bottom + 1 : x.bottom }));
        break;
      case 'deleteRow':
        if (m.r >= s.values.length) break;
        s.values.splice(m.r, 1);
        s.formats.splice(m.r, 1);
        s.merges = s.merges
          .filter((x) => !(x.top === m.r && x.bottom === m.r))
          .map((x) => ({ ...x, top: x.top > m.r ? x.top - 1 : x.top, bottom: x.bottom >= m.r ? x.bottom - 1 : x.bottom }))
          .filter((x) => x.bottom >= x.top);
        break;
      case 'copyRow':
        if (m.from >= s.values.length || m.to > s.values.length) break;
        s.values.splice(m.to, 0, s.values[m.from].slice());
        s.formats.splice(m.to, 0, (s.formats[m.from] ?? []).slice());
        s.merges = s.merges.map((x) => ({ ...x, top: x.top >= m.to ? x.top + 1 : x.top, bottom: x.bottom >= m.to ? x.bottom + 1 : x.bottom }));
        break;
    }
  }
  for (let r = 0; r < s.values.length; r++) {
    s.values[r] ??= [];
    s.formats[r] ??= [];
  }
  return s;
}

/** A fully random grid; with some probability one row is a shuffled indicator header so tables get detected. */
export const randomSheetArb: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    rows: fc.array(fc.array(cellValueArb, { maxLength: 12 }), { minLength: 0, maxLength: 24 }),
    header: fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.shuffledSubarray(HEADERS.slice(0, 24), { minLength: 3, maxLength: 12 }), fc.integer({ min: 0, max: 3 }))),
    top: fc.constantFrom(0, 0, 0, 3),
    left: fc.constantFrom(0, 0, 0, 2),
  })
  .map(({ rows, header, top, left }) => {
    const values = rows.map((r) => r.slice());
    if (header) {
      const [at, words, indent] = header;
      while (values.length <= at) values.push([]);
      values[at] = [...new Array<CellValue>(indent).fill(null), ...words];
    }
    return { name: 'Fuzz', top, left, values, formats: values.map((r) => r.map(() => 'General')), merges: [], fills: {}, notes: {} };
  });
