/**
 * Table detection and reading on every layout of SPEC §1, from the real transcribed tables (layouts B and the
 * Chongqing OCR form), a Sichuan 一体化 grid (layout C) and the seed's rows placed in awkward ways.
 */
import { scoreSheet, type TableReport } from '../../src/core';
import { mof } from '../../src/core/profiles';
import type { SheetSnapshot } from '../../src/core/snapshot/SheetSnapshot';
import { a1, sheetFromGrid, stackGrids, type Grid, type GridCell } from '../helpers/grid';
import { layoutB, plainTable, readTsv, type BuiltSheet, type Tsv } from '../fixtures/realTables';

function score(s: SheetSnapshot): TableReport[] {
  const out = scoreSheet(s, { profile: mof });
  if (!out.ok) throw new Error(out.error.message);
  return out.tables;
}
const sheetOf = (b: BuiltSheet, name = 'S'): SheetSnapshot => sheetFromGrid(name, b.rows, { merges: b.merges, formats: b.formats });
const codesAt = (t: TableReport, code: string): string[] => t.findings.filter((f) => f.code === code).map((f) => f.cell);
const isPlaceholder = (name: string): boolean => /^(指标\d*:?|……|…|\/)$/.test(name.trim());
const stripNo = (name: string): string => name.replace(/^指标\d+:?/, '');
/** TSV rows that are indicators: a real name (not a template placeholder), not a budget line. */
const indicatorIdx = (t: Tsv, nameCol = 2): number[] =>
  t.rows.map((r, i) => (r[nameCol].trim() !== '' && !isPlaceholder(r[nameCol]) && !/^(项目资金|预算执行情况|年度总体目标|总分)/.test(r[0]) ? i : -1)).filter((i) => i >= 0);

describe('layout B — 01 chizhou: operators and units inside 年度指标值, 分值/得分, budget block above', () => {
  const tsv = readTsv('01_chizhou_tangxi_weituo_2022.tsv');
  const b = layoutB(tsv);
  const [t] = score(sheetOf(b));
  const col = (h: string): string => a1(0, b.colOf[h]).replace(/\d+$/, '');

  it('finds the header below the title and budget block, not at A1; the 绩效指标 label column is not part of it', () => {
    expect(t.headerRow).toBe(b.headerRow + 1);
    const last = Math.max(...b.rowOf);
    expect(t.range).toBe(`B${b.headerRow + 1}:I${last + 1}`);
  });

  it('reads one indicator per named TSV row, with the operator, number and unit of the target cell', () => {
    const idx = indicatorIdx(tsv);
    expect(t.indicators.map((i) => i.row)).toEqual(idx.map((i) => b.rowOf[i] + 1));
    for (const [k, i] of idx.entries()) {
      const got = t.indicators[k];
      const target = tsv.rows[i][3];
      const m = /^([≥≤=])(\d+(?:\.\d+)?)(.*)$/.exec(target);
      if (m) {
        expect(got.operator).toBe({ '≥': 'GE', '≤': 'LE', '=': 'EQ' }[m[1]]);
        expect(got.target).toBe(Number(m[2]));
        expect(got.unit).toBe(m[3]);
      } else if (target !== '') {
        expect(got.operator).toBe('QUAL');
      }
      expect(got.weight).toBe(tsv.rows[i][5] === '' ? null : Number(tsv.rows[i][5]));
    }
  });

  it('level names drop the (50分) suffix and carry down merged (blank) cells', () => {
    expect(t.indicators[0]).toMatchObject({ level1: '产出指标', level2: '数量指标', name: '基建工程委托业务项目数量' });
    expect(t.indicators.find((i) => i.name === '经费支出合规性')).toMatchObject({ level1: '产出指标', level2: '质量指标' });
    expect(codesAt(t, 'HIERARCHY_MISSING')).toEqual([]);
  });

  it('every published row whose 得分 equals its 分值 scores its weight: ≥50个 got 50, ≤90万元 got 90, qualitative 达成预期指标', () => {
    for (const i of indicatorIdx(tsv)) {
      const [, , name, target, actual, w, s] = tsv.rows[i];
      if (target === '' || actual === '' || w !== s) continue;
      expect(t.indicators.find((x) => x.name === name)).toMatchObject({ score: Number(w), status: 'met' });
    }
  });

  it('the budget block (全年预算数 0) is read and flagged BUDGET_INCONSISTENT at the block, its weight 10 counted', () => {
    expect(t.budget).toEqual({ budget: 0, executed: 0, rate: 0, weight: 10, score: 0 });
    const dataRow = b.budgetHeaderRow! + 2;
    expect(codesAt(t, 'BUDGET_INCONSISTENT')).toEqual([`D${dataRow}`]);
    const weights = indicatorIdx(tsv).reduce((a, i) => a + Number(tsv.rows[i][5] || 0), 0);
    expect(t.weightTotal).toBe(weights + 10);
    expect(codesAt(t, 'WEIGHT_TOTAL')).toEqual([`${col('分值')}${b.headerRow + 1}`]);
  });
});

describe('layout B — 02 tianchang: no operators, placeholder rows, 总分 row, budget 880/880', () => {
  const tsv = readTsv('02_tianchang_shuili_shuihan_2022.tsv');
  const b = layoutB(tsv);
  const [t] = score(sheetOf(b));

  it('the table runs to the 总分 row, which is not an indicator', () => {
    expect(b.totalRow).not.toBeNull();
    expect(t.range.endsWith(`I${b.totalRow! + 1}`)).toBe(true);
    expect(t.indicators.map((i) => i.row)).toEqual(indicatorIdx(tsv).map((i) => b.rowOf[i] + 1));
    expect(t.indicators.map((i) => i.name)).toEqual(indicatorIdx(tsv).map((i) => stripNo(tsv.rows[i][2])));
  });

  it('every template placeholder row (指标2:, ……, 指标1: with /) is PLACEHOLDER_ROW at its name cell', () => {
    const expected = tsv.rows.map((r, i) => (isPlaceholder(r[2]) ? `D${b.rowOf[i] + 1}` : null)).filter(Boolean);
    expect(expected.length).toBeGreaterThan(15);
    expect(codesAt(t, 'PLACEHOLDER_ROW')).toEqual(expected);
    expect(t.findings.filter((f) => f.code === 'PLACEHOLDER_ROW').every((f) => f.severity === 'info')).toBe(true);
  });

  it('numbers with no operator: OPERATOR_MISSING at the target cell, scored as ≥', () => {
    const numeric = indicatorIdx(tsv).filter((i) => /^\d+(\.\d+)?%?$/.test(tsv.rows[i][3]));
    expect(codesAt(t, 'OPERATOR_MISSING')).toEqual(numeric.map((i) => `E${b.rowOf[i] + 1}`));
    const sat = t.indicators.find((i) => i.name === '服务对象满意度')!;
    expect(sat).toMatchObject({ operator: 'GE', target: 90, actual: 100, status: 'met', score: 10 });
  });

  it('the published 总分 100 equals the sum of the published 得分: no TOTAL_MISMATCH; budget 880/880 scores 10', () => {
    expect(codesAt(t, 'TOTAL_MISMATCH')).toEqual([]);
    expect(t.budget).toEqual({ budget: 880, executed: 880, rate: 1, weight: 10, score: 10 });
    expect(t.weightTotal).toBe(100);
    expect(codesAt(t, 'WEIGHT_TOTAL')).toEqual([]);
  });

  it('rows with 分值 and 得分 but no target/actual are unscored (TARGET_MISSING, ACTUAL_MISSING)', () => {
    const r = t.indicators.find((i) => i.name === '工程质量合格')!;
    expect(r).toMatchObject({ status: 'unscored', score: 0, weight: 10 });
    expect(codesAt(t, 'TARGET_MISSING')).toContain(`E${r.row}`);
    expect(codesAt(t, 'ACTUAL_MISSING')).toContain(`F${r.row}`);
  });

  it('the same rows with the budget lines inside the table (as transcribed): sub-rows with "-" are information only', () => {
    const bi = layoutB(tsv, { budget: 'inTable' });
    const [ti] = score(sheetOf(bi));
    expect(ti.budget).toEqual({ budget: 880, executed: 880, rate: 1, weight: 10, score: 10 });
    expect(ti.indicators.map((i) => i.name)).toEqual(t.indicators.map((i) => i.name));
    const budgetRows = tsv.rows.map((r, i) => (r[0].startsWith('项目资金') ? bi.rowOf[i] + 1 : -1)).filter((r) => r > 0);
    expect(budgetRows).toHaveLength(4);
    expect(ti.findings.filter((f) => budgetRows.includes(Number(f.cell.replace(/^[A-Z]+/, ''))))).toEqual([]);
    expect(ti.score).toBe(t.score);
  });
});

describe('layout B — 03 langfang: bare numbers, 执行率 86% → 8.62, repeated level-1 label', () => {
  const tsv = readTsv('03_langfang_shipin_nuantong_2019.tsv');
  const b = layoutB(tsv);
  const [t] = score(sheetOf(b));
  const dataRow = b.budgetHeaderRow! + 2;

  it('budget 43.2 / 37.24: rate 0.862, score 8.62; the published 9 is SCORE_MISMATCH at the block 得分; 86% is within 0.5 pp', () => {
    expect(t.budget).toEqual({ budget: 43.2, executed: 37.24, rate: 0.862, weight: 10, score: 8.62 });
    expect(codesAt(t, 'SCORE_MISMATCH')).toContain(`H${dataRow}`);
    expect(codesAt(t, 'BUDGET_INCONSISTENT')).toEqual([]);
  });

  it('names lose their 指标1 prefix; 效益指标 repeated after a page break stays one level', () => {
    expect(t.indicators.map((i) => i.name)).toEqual(indicatorIdx(tsv).map((i) => stripNo(tsv.rows[i][2])));
    expect(t.subtotals.map((s) => s.level1)).toEqual(['产出指标', '效益指标', '满意度指标']);
    expect(t.subtotals.find((s) => s.level1 === '效益指标')!.weight).toBe(30);
  });

  it('工程资金金额 37.24 of 43.2 is partial (8.62) and has its reason; "0" counts as a reason', () => {
    const r = t.indicators.find((i) => i.name === '工程资金金额')!;
    expect(r).toMatchObject({ status: 'partial', score: 8.62, attainment: 0.862 });
    expect(codesAt(t, 'DEVIATION_REASON_MISSING')).toEqual([]);
    expect(codesAt(t, 'NOT_MET')).toEqual([`F${r.row}`]);
  });
});

describe('08 chongqing OCR: 指标名称/计量单位/指标性质/年初指标值/调整指标值/全年完成值/指标权重(分)/指标得分(分)', () => {
  const tsv = readTsv('08_chongqing_kxc_rongmeiti_dept_2021_OCR.tsv');
  const b = plainTable(tsv, { top: 2, left: 1 });
  const [t] = score(sheetOf(b));
  const colL = (h: string): string => a1(0, b.colOf[h]).replace(/\d+$/, '');
  const rowOf = (name: string): number => b.rowOf[tsv.rows.findIndex((r) => r[0] === name)] + 1;

  it('maps every synonym; 得分系数(%) and 是否核心指标 stay outside the table', () => {
    expect(t.headerRow).toBe(3);
    expect(t.range).toBe(`B3:${colL('指标得分(分)')}${rowOf('业务保障能力提升')}`);
    expect(t.indicators).toHaveLength(tsv.rows.length);
    expect(codesAt(t, 'WEIGHT_TOTAL')).toEqual([`${colL('指标权重(分)')}3`]);
    expect(t.weightTotal).toBe(tsv.rows.reduce((a, r) => a + Number(r[7]), 0));
  });

  it('Excel percent cells in % rows are read as points: 100% vs 92% → 92%', () => {
    expect(t.indicators.find((i) => i.name === '财政供养人员控制率')).toMatchObject({ operator: 'GE', target: 100, actual: 92, attainment: 0.92, score: 1.84 });
  });

  it('garbled operator 到0次 → OPERATOR_UNKNOWN at the target cell, unscored', () => {
    const r = rowOf('组织宣传活动次数');
    expect(codesAt(t, 'OPERATOR_UNKNOWN')).toEqual([`${colL('年初指标值')}${r}`]);
    expect(t.indicators.find((i) => i.row === r)).toMatchObject({ status: 'unscored', score: 0 });
  });

  it('定量指标 in the operator column is no operator: OPERATOR_MISSING at that cell', () => {
    expect(codesAt(t, 'OPERATOR_MISSING')).toContain(`${colL('指标性质')}${rowOf('财政供养人员控制率')}`);
  });

  it('a filled 调整指标值 replaces 年初指标值, and target findings point at it', () => {
    const rows = b.rows.map((r) => r.slice());
    const r0 = rowOf('党性教育培训次数') - 1;
    rows[r0][b.colOf['调整指标值']] = '≥6次';
    const [t2] = score(sheetFromGrid('S', rows, { formats: b.formats }));
    expect(t2.indicators.find((i) => i.row === r0 + 1)).toMatchObject({ operator: 'GE', target: 6, actual: 12, status: 'met', score: 5 });
    expect(codesAt(t2, 'OVER_ACHIEVED')).toContain(`${colL('全年完成值')}${r0 + 1}`);
  });
});

describe('09 xiangyang: no weight column, 预算执行情况(20分) inside the table', () => {
  const tsv = readTsv('09_xiangyang_zhongxinyiyuan_dongjin_2021.tsv');
  const b = layoutB(tsv, { budget: 'inTable' });
  const [t] = score(sheetOf(b));

  it('budget 1000/1000 with W = 20 from the label', () => {
    expect(t.budget).toEqual({ budget: 1000, executed: 1000, rate: 1, weight: 20, score: 20 });
    expect(t.indicators.map((i) => i.name)).toEqual(indicatorIdx(tsv).map((i) => tsv.rows[i][2]));
  });

  it('rows without a weight score 0 and add nothing to maxScore; the table total is checked', () => {
    expect(t.indicators.every((i) => i.weight === null && i.score === 0)).toBe(true);
    expect(t.maxScore).toBe(20);
    expect(codesAt(t, 'WEIGHT_MISSING')).toHaveLength(t.indicators.length);
    expect(codesAt(t, 'WEIGHT_TOTAL')).toHaveLength(1);
  });

  it('6.47亿元 against 5亿元 (no operator) is over-achieved, at the actual cell', () => {
    const r = t.indicators.find((i) => i.unit === '亿元')!;
    expect(r).toMatchObject({ operator: 'GE', target: 5, actual: 6.47 });
    expect(codesAt(t, 'OVER_ACHIEVED')).toEqual([`F${r.row}`]);
  });
});

describe('layout C — Sichuan 一体化: 预算执行情况(10分) rows inside the table', () => {
  const grid: Grid = [
    ['项目支出绩效自评表（一体化导出）'],
    [],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重', '完成值', '得分', '未完成原因分析'],
    ['预算执行情况(10分)', null, '总额', null, 120, '万元', null, 108, null, null],
    [null, null, '其中：财政资金', null, 100, '万元', '/', 100, '/', null],
    [null, null, '财政专户管理资金', null, '/', null, '/', '/', '/', null],
    [null, null, '单位资金', null, 0, null, null, 0, null, null],
    [null, null, '其他资金', null, 20, '万元', null, 8, null, null],
    ['产出指标', '数量指标', '培训人次', '≥', 300, '人次', 30, 300, 30, null],
    [null, '质量指标', '验收合格率', '≥', 95, '%', 30, 98, 30, null],
    ['效益指标', '社会效益指标', '群众知晓率', '≥', 90, '%', 20, 85, null, null],
    ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥', 90, '%', 10, 95, 10, null],
  ];
  const [t] = score(sheetFromGrid('一体化', grid, { formats: { E7: '0.00', H7: '0.00' } }));

  it('the 总额 row is the budget (W from the (10分) label), the 其中 rows are neither indicators nor errors', () => {
    expect(t.budget).toEqual({ budget: 120, executed: 108, rate: 0.9, weight: 10, score: 9 });
    expect(t.indicators.map((i) => i.name)).toEqual(['培训人次', '验收合格率', '群众知晓率', '服务对象满意度']);
    expect(t.findings.filter((f) => /^[A-Z]+[4-8]$/.test(f.cell))).toEqual([]);
  });

  it('scores 90 + 9 − partial; a missed row with an empty 未完成原因分析 gets DEVIATION_REASON_MISSING', () => {
    const r = t.indicators.find((i) => i.name === '群众知晓率')!;
    expect(r).toMatchObject({ status: 'partial', score: 18.89 });
    expect(t.score).toBe(30 + 30 + 18.89 + 10 + 9);
    expect(t.maxScore).toBe(100);
    expect(codesAt(t, 'DEVIATION_REASON_MISSING')).toEqual(['J11']);
    expect(codesAt(t, 'WEIGHT_TOTAL')).toEqual([]);
  });

  it('the budget row itself gets its rate and score in the plan', () => {
    const out = scoreSheet(sheetFromGrid('一体化', grid), { profile: mof });
    if (!out.ok) throw new Error();
    const cells = new Map<string, unknown>();
    for (const bl of out.plan.values) bl.values.forEach((row, i) => row.forEach((v, j) => v !== null && cells.set(a1(bl.row + i, bl.col + j), v)));
    expect(cells.get('I4')).toBe(9); // its own empty 得分 cell
  });
});

// ---- the seed's rows placed in awkward ways ----------------------------------------------------------------

const seed = readTsv('seed-indicators.tsv');
const HEADER = ['一级指标', '二级指标', '三级指标', '绩效指标性质', '绩效指标值', '绩效度量单位', '权重', '实际完成指标值'];
/** Seed rows as a grid: weights as 0.03 (format '0%' applied by the caller), levels repeated or blanked. */
function seedRows(from: number, to: number, mode: 'repeated' | 'merged'): GridCell[][] {
  const rows = seed.rows.slice(from, to).map((r) => r.map((v, j) => (j === 6 ? Number(v.replace('%', '')) : v === '' ? null : /^\d+(\.\d+)?$/.test(v) ? Number(v) : v)) as GridCell[]);
  if (mode === 'merged') {
    for (let i = rows.length - 1; i > 0; i--) {
      if (rows[i][0] === rows[i - 1][0]) {
        if (rows[i][1] === rows[i - 1][1]) rows[i][1] = null;
        rows[i][0] = null;
      }
    }
  }
  return rows;
}

describe('placement: header anywhere, stacked tables, merged or repeated hierarchy, PDF split rows, 合计', () => {
  it('a table at F11 (not at A1) with a title block above', () => {
    const g = stackGrids([
      { top: 0, left: 0, rows: [['部门整体支出绩效目标完成情况自评表'], ['(2025 年度)']] },
      { top: 10, left: 5, rows: [HEADER, ...seedRows(0, 6, 'repeated')] },
    ]);
    const [t] = score(sheetFromGrid('S', g));
    expect(t.headerRow).toBe(11);
    expect(t.range).toBe('F11:M17');
    expect(t.indicators.map((i) => i.name)).toEqual(seed.rows.slice(0, 6).map((r) => r[2]));
    expect(codesAt(t, 'WEIGHT_TOTAL')).toEqual(['L11']);
  });

  it('two projects stacked on one sheet, each with its title block, give two tables', () => {
    const g = stackGrids([
      { top: 0, rows: [['项目名称', '保运转类专项'], [], HEADER, ...seedRows(0, 3, 'repeated')] },
      { top: 8, rows: [['项目名称', '车辆购置'], ['主管部门', '区委办'], HEADER, ...seedRows(29, 35, 'repeated')] },
    ]);
    const ts = score(sheetFromGrid('S', g));
    expect(ts.map((t) => t.range)).toEqual(['A3:H6', 'A11:H17']);
    expect(ts[0].indicators.map((i) => i.row)).toEqual([4, 5, 6]);
    expect(ts[1].indicators.map((i) => i.name)).toEqual(seed.rows.slice(29, 35).map((r) => r[2].replace(/\s+/g, '')));
    expect(codesAt(ts[1], 'COST_FAR_BELOW')).toEqual(['H13']);
  });

  it('two tables with no title between them, separated by blank rows', () => {
    const g = stackGrids([
      { top: 0, rows: [HEADER, ...seedRows(0, 2, 'repeated')] },
      { top: 6, rows: [HEADER, ...seedRows(2, 4, 'repeated')] },
    ]);
    const ts = score(sheetFromGrid('S', g));
    expect(ts.map((t) => t.range)).toEqual(['A1:H3', 'A7:H9']);
  });

  it('merged level cells (blank below their first row) read the same as repeated ones', () => {
    const repeated = score(sheetFromGrid('S', [HEADER, ...seedRows(0, 35, 'repeated')]))[0];
    const mergedRows = seedRows(0, 35, 'merged');
    // merge each level-1 group's cells in column A (data row k is sheet row k + 2)
    const merges: string[] = [];
    let start = 0;
    for (let k = 1; k <= mergedRows.length; k++) {
      if (k === mergedRows.length || mergedRows[k][0] !== null) {
        if (k - 1 > start) merges.push(`A${start + 2}:A${k + 1}`);
        start = k;
      }
    }
    expect(merges).toEqual(['A2:A17', 'A18:A28', 'A29:A30', 'A31:A36']);
    const merged = score(sheetFromGrid('S', [HEADER, ...mergedRows], { merges }))[0];
    const strip = (t: TableReport) => t.indicators.map((i) => [i.level1, i.level2, i.name, i.score, i.status]);
    expect(strip(merged)).toEqual(strip(repeated));
    expect(merged.score).toBe(repeated.score);
    expect(codesAt(merged, 'HIERARCHY_MISSING')).toEqual([]);
    expect(codesAt(merged, 'DUPLICATE_INDICATOR')).toEqual([]);
  });

  it('a PDF paste split row → ROW_CONTINUATION at the fragment, name joined, not an indicator', () => {
    const rows = seedRows(15, 18, 'repeated');
    const split: GridCell[][] = [HEADER, rows[0], [rows[1][0], rows[1][1], '保障政府门户网站', ...rows[1].slice(3)], [null, null, '正常访问'], rows[2]];
    const [t] = score(sheetFromGrid('S', split));
    expect(codesAt(t, 'ROW_CONTINUATION')).toEqual(['C4']);
    expect(t.indicators.map((i) => i.name)).toEqual([rows[0][2], '保障政府门户网站正常访问', rows[2][2]]);
    expect(t.indicators.map((i) => i.row)).toEqual([2, 3, 5]);
  });

  it('a 合计 row (label in a merged cell left of the table) ends the table and is checked against Σ 得分', () => {
    const g: Grid = [
      [null, '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '分值', '实际完成值', '得分'],
      [null, '产出指标', '数量指标', '培训人次', '≥', 300, '人次', 50, 300, 50],
      [null, '效益指标', '社会效益指标', '覆盖人数', '≥', 1000, '人', 50, 1000, 50],
      ['合计', null, null, null, null, null, null, 100, null, 90],
      [],
      ['备注：本表由单位自评填报'],
    ];
    const [t] = score(sheetFromGrid('S', g, { merges: ['A4:G4'] }));
    expect(t.range).toBe('B1:J4');
    expect(t.indicators).toHaveLength(2);
    expect(codesAt(t, 'TOTAL_MISMATCH')).toEqual(['J4']);
  });

  it('a sheet with no indicator header → TABLE_NOT_FOUND', () => {
    const out = scoreSheet(sheetFromGrid('S', [['部门名称', 'x'], ['资金总额', 100]]), { profile: mof });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.code).toBe('TABLE_NOT_FOUND');
  });
});
