/**
 * The seeded-error suite (issue 4): error classes of SPEC §3 injected into clean tables of layouts A, B and C, each
 * with the finding (code and cell) that must reveal it. Pure: builds snapshots, scores them, counts.
 */
import { scoreSheet, type RenderedFinding } from '../../src/core';
import { mof } from '../../src/core/profiles/builtins';
import { toA1 } from '../../src/core/snapshot/address';
import type { CellValue } from '../../src/core/snapshot/SheetSnapshot';
import { cloneTable, insertRowAfter, LAYOUTS, toSnapshot, type CleanTable, type IndicatorRowInfo, type LayoutName } from './hostileLayouts';

export interface Injection {
  variant: string;
  table: CleanTable;
  /** Any of these (code at cell) counts as detection. Empty: the error leaves no trace in the sheet (documented). */
  expect: { code: string; cell: string }[];
}

export interface ErrorClass {
  id: string;
  title: string;
  inject: (clean: CleanTable) => Injection[];
}

const set = (t: CleanTable, row: number, col: number, v: CellValue, fmt?: string): void => {
  t.values[row][col] = v;
  if (fmt) t.formats[row][col] = fmt;
};
const quantitative = (t: CleanTable): IndicatorRowInfo[] => t.indicators.filter((i) => i.op !== 'QUAL');
/** Every injection builds on its own copy. */
function each(clean: CleanTable, rows: IndicatorRowInfo[], f: (t: CleanTable, i: IndicatorRowInfo) => Omit<Injection, 'table'> | null): Injection[] {
  const out: Injection[] = [];
  for (const info of rows) {
    const t = cloneTable(clean);
    const i = t.indicators.find((x) => x.row === info.row)!;
    const r = f(t, i);
    if (r) out.push({ ...r, table: t });
  }
  return out;
}
function actualNumber(t: CleanTable, i: IndicatorRowInfo): number {
  const v = t.values[i.row][t.cols.actual];
  return typeof v === 'number' ? v : Number(String(v).replace(/[^\d.]/g, ''));
}

export const ERROR_CLASSES: ErrorClass[] = [
  {
    id: 'unit-yuan',
    title: '元 for 万元 (actual typed in 元 / unit written 元)',
    inject: (clean) => {
      const money = clean.indicators.filter((i) => i.kind === 'money');
      const actual = (i: IndicatorRowInfo): string => toA1(i.row, clean.cols.actual);
      const unitOf = (t: CleanTable, i: IndicatorRowInfo): string => (t.cols.unit !== undefined ? String(t.values[i.row][t.cols.unit]) : '万元');
      return [
        // The amount typed in 元 without a unit in a 万元 row (or in 万元 in a 元 row): 10,000 times off.
        ...each(clean, money, (t, i) => {
          const yuanRow = unitOf(t, i) === '元';
          const b = actualNumber(t, i);
          set(t, i.row, t.cols.actual, yuanRow ? b / 10000 : b * 10000);
          return { variant: yuanRow ? 'actual in 万元, bare' : 'actual in 元, bare', expect: ['NOT_MET', 'OVER_ACHIEVED', 'COST_FAR_BELOW'].map((code) => ({ code, cell: actual(i) })) };
        }),
        // The amount with its unit written: 1342000元 in a 万元 row is converted.
        ...each(clean, money.filter((i) => unitOf(clean, i) !== '元'), (t, i) => {
          set(t, i.row, t.cols.actual, `${Math.round(actualNumber(t, i) * 10000)}元`);
          return { variant: 'actual written with 元', expect: [{ code: 'UNIT_CONVERTED', cell: actual(i) }] };
        }),
        // The unit cell says 元 where 万元 is meant (or the reverse), target and actual bare: nothing in the sheet contradicts it.
        ...each(clean, clean.cols.unit === undefined ? [] : money, (t, i) => {
          set(t, i.row, t.cols.unit!, unitOf(t, i) === '元' ? '万元' : '元');
          return { variant: 'unit cell 元↔万元, bare numbers', expect: [] };
        }),
        // Layout B: the unit inside the target cell: ≤90元 against an actual of 85万元.
        ...each(clean, clean.cols.unit === undefined ? money : [], (t, i) => {
          set(t, i.row, t.cols.target, String(t.values[i.row][t.cols.target]).replace('万元', '元'));
          return { variant: 'target unit 元 for 万元', expect: ['UNIT_CONVERTED', 'NOT_MET'].map((code) => ({ code, cell: actual(i) })) };
        }),
      ];
    },
  },
  {
    id: 'operator',
    title: 'operator garbled (OCR ≥→2, ≥→到), deleted or reversed',
    inject: (clean) => {
      const q = quantitative(clean);
      const own = clean.cols.operator;
      const opCell = (i: IndicatorRowInfo): string => toA1(i.row, own ?? clean.cols.target);
      const out: Injection[] = [];
      for (const glyph of ['2', '到']) {
        out.push(...each(clean, q, (t, i) => {
          if (own !== undefined) set(t, i.row, own, glyph);
          else set(t, i.row, t.cols.target, glyph + String(t.values[i.row][t.cols.target]).slice(1));
          const code = own === undefined && glyph === '2' ? 'OPERATOR_MISSING' : 'OPERATOR_UNKNOWN';
          return { variant: `operator → ${glyph}`, expect: [{ code, cell: opCell(i) }] };
        }));
      }
      out.push(...each(clean, q, (t, i) => {
        if (own !== undefined) set(t, i.row, own, null);
        else set(t, i.row, t.cols.target, String(t.values[i.row][t.cols.target]).slice(1));
        return { variant: 'operator deleted', expect: [{ code: 'OPERATOR_MISSING', cell: opCell(i) }] };
      }));
      // ≥ ↔ ≤ on a cost or satisfaction row (elsewhere a swapped operator on a met row leaves no trace).
      const directed = q.filter((i) => i.kind === 'money' || /满意度/.test(i.name));
      out.push(...each(clean, directed, (t, i) => {
        const swap = (s: string): string => (s.includes('≥') ? s.replace('≥', '≤') : s.replace('≤', '≥'));
        if (own !== undefined) set(t, i.row, own, swap(String(t.values[i.row][own])));
        else set(t, i.row, t.cols.target, swap(String(t.values[i.row][t.cols.target])));
        return { variant: 'operator reversed (cost/satisfaction)', expect: [{ code: 'OPERATOR_DIRECTION', cell: opCell(i) }] };
      }));
      return out;
    },
  },
  {
    id: 'weights',
    title: 'weight changed so Σ ≠ 100',
    inject: (clean) =>
      each(clean, clean.indicators, (t, i) => {
        if (t.percentWeights) set(t, i.row, t.cols.weight, (i.weight + 2) / 100, '0%');
        else set(t, i.row, t.cols.weight, i.weight + 2);
        return { variant: 'one weight +2', expect: [{ code: 'WEIGHT_TOTAL', cell: toA1(t.headerRow, t.cols.weight) }] };
      }),
  },
  {
    id: 'text-in-number',
    title: 'text in number cells (actual, target, weight)',
    inject: (clean) => [
      ...each(clean, quantitative(clean), (t, i) => {
        set(t, i.row, t.cols.actual, '完成');
        return { variant: 'actual 完成', expect: [{ code: 'ACTUAL_NOT_NUMERIC', cell: toA1(i.row, t.cols.actual) }] };
      }),
      ...each(clean, quantitative(clean), (t, i) => {
        const op = t.cols.operator === undefined ? String(t.values[i.row][t.cols.target]).slice(0, 1) : '';
        set(t, i.row, t.cols.target, `${op}若干`);
        return { variant: 'target 若干', expect: [{ code: 'TARGET_NOT_NUMERIC', cell: toA1(i.row, t.cols.target) }] };
      }),
      ...each(clean, clean.indicators, (t, i) => {
        set(t, i.row, t.cols.weight, '十分');
        return { variant: 'weight 十分', expect: [{ code: 'WEIGHT_INVALID', cell: toA1(i.row, t.cols.weight) }] };
      }),
    ],
  },
  {
    id: 'blank-actual',
    title: 'blank actual',
    inject: (clean) =>
      each(clean, clean.indicators, (t, i) => {
        set(t, i.row, t.cols.actual, null);
        return { variant: 'actual blank', expect: [{ code: 'ACTUAL_MISSING', cell: toA1(i.row, t.cols.actual) }] };
      }),
  },
  {
    id: 'duplicate',
    title: 'duplicated row',
    inject: (clean) =>
      each(clean, clean.indicators, (t, i) => {
        const src = t.values[i.row].slice();
        const fmt = t.formats[i.row].slice();
        const at = insertRowAfter(t, i.row);
        // A copied row repeats its level labels (a paste never recreates the merge).
        src[t.cols.level1] = i.row === at - 1 ? levelAbove(t, i.row, t.cols.level1) : src[t.cols.level1];
        src[t.cols.level2] = levelAbove(t, i.row, t.cols.level2);
        src[t.cols.level1] = levelAbove(t, i.row, t.cols.level1);
        t.values[at] = src;
        t.formats[at] = fmt;
        unmergeRow(t, at);
        return { variant: 'row pasted twice', expect: [{ code: 'DUPLICATE_INDICATOR', cell: toA1(at, t.cols.name) }] };
      }),
  },
  {
    id: 'split',
    title: 'split row (name tail on its own row)',
    inject: (clean) =>
      each(clean, clean.indicators, (t, i) => {
        const name = [...i.name];
        const head = name.slice(0, Math.ceil(name.length / 2)).join('');
        const tail = name.slice(Math.ceil(name.length / 2)).join('');
        set(t, i.row, t.cols.name, head);
        const at = insertRowAfter(t, i.row);
        t.values[at][t.cols.name] = tail;
        return { variant: 'name tail on next row', expect: [{ code: 'ROW_CONTINUATION', cell: toA1(at, t.cols.name) }] };
      }),
  },
  {
    id: 'wrong-score',
    title: 'wrong 得分 (indicator or budget)',
    inject: (clean) => {
      const sc = clean.cols.score;
      if (sc === undefined) return [];
      const out = [
        ...each(clean, clean.indicators, (t, i) => {
          set(t, i.row, sc, i.weight / 2);
          return { variant: '得分 = half the weight', expect: ['SCORE_MISMATCH', 'SCORE_OUT_OF_BAND'].map((code) => ({ code, cell: toA1(i.row, sc) })) };
        }),
        ...each(clean, clean.indicators, (t, i) => {
          set(t, i.row, sc, i.weight + 5);
          return { variant: '得分 above the weight', expect: [{ code: 'SCORE_EXCEEDS_WEIGHT', cell: toA1(i.row, sc) }] };
        }),
      ];
      // The budget execution's own 得分.
      const t = cloneTable(clean);
      const cell = budgetScoreCell(t);
      if (cell) {
        t.values[cell.row][cell.col] = 6;
        out.push({ variant: 'budget 得分 wrong', table: t, expect: [{ code: 'SCORE_MISMATCH', cell: toA1(cell.row, cell.col) }] });
      }
      return out;
    },
  },
  {
    id: 'wrong-total',
    title: 'wrong 合计',
    inject: (clean) => {
      const sc = clean.cols.score;
      if (sc === undefined || clean.totalRow === null) return [];
      return [5, -1, 0.5, -20].map((delta) => {
        const t = cloneTable(clean);
        const stated = t.values[t.totalRow!][sc] as number;
        t.values[t.totalRow!][sc] = stated + delta;
        return { variant: `合计 ${delta > 0 ? '+' : ''}${delta}`, table: t, expect: [{ code: 'TOTAL_MISMATCH', cell: toA1(t.totalRow!, sc) }] };
      });
    },
  },
];

function levelAbove(t: CleanTable, row: number, col: number): CellValue {
  for (let r = row; r > t.headerRow; r--) if (t.values[r][col] !== null) return t.values[r][col];
  return null;
}
function unmergeRow(t: CleanTable, row: number): void {
  t.merges = t.merges.filter((m) => !(m.top <= row && row <= m.bottom && m.left > 0));
}
function budgetScoreCell(t: CleanTable): { row: number; col: number } | null {
  for (let r = 0; r < t.headerRow; r++) {
    const c = t.values[r].indexOf('得分');
    if (c >= 0) return { row: r + 1, col: c };
  }
  if (t.cols.score === undefined) return null;
  for (let r = t.headerRow + 1; r < t.values.length; r++) {
    if (String(t.values[r][t.cols.level1] ?? '').startsWith('预算执行情况')) return { row: r, col: t.cols.score };
  }
  return null;
}

export interface CaseResult {
  layout: LayoutName;
  cls: string;
  variant: string;
  expected: string;
  detected: boolean;
  /** The detecting finding (code@cell severity) or what was found instead. */
  got: string;
  severity: string | null;
  crashed: string | null;
}

export function findingsOf(t: CleanTable): RenderedFinding[] {
  const o = scoreSheet(toSnapshot(t), { profile: mof });
  if (!o.ok) return [];
  return o.tables.flatMap((x) => x.findings);
}

export function runSeededErrors(): { cases: CaseResult[]; falsePositives: Record<LayoutName, RenderedFinding[]> } {
  const cases: CaseResult[] = [];
  const falsePositives = {} as Record<LayoutName, RenderedFinding[]>;
  for (const layout of Object.keys(LAYOUTS) as LayoutName[]) {
    const clean = LAYOUTS[layout]();
    falsePositives[layout] = findingsOf(clean).filter((f) => f.severity !== 'info');
    for (const cls of ERROR_CLASSES) {
      for (const inj of cls.inject(clean)) {
        let found: RenderedFinding[] = [];
        let crashed: string | null = null;
        try {
          found = findingsOf(inj.table);
        } catch (e) {
          crashed = (e as Error).message;
        }
        const hit = found.find((f) => inj.expect.some((x) => x.code === f.code && x.cell === f.cell));
        cases.push({
          layout,
          cls: cls.id,
          variant: inj.variant,
          expected: inj.expect.map((x) => `${x.code}@${x.cell}`).join('|') || '(none possible)',
          detected: hit !== undefined,
          got: hit ? `${hit.code}@${hit.cell}` : found.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`).join(', ') || '—',
          severity: hit ? hit.severity : null,
          crashed,
        });
      }
    }
  }
  return { cases, falsePositives };
}

/** The detection table: one line per class and variant, detected/total per layout. */
export function detectionTable(cases: CaseResult[]): string {
  const layouts: LayoutName[] = ['A', 'B', 'C'];
  const keys = [...new Set(cases.map((c) => `${c.cls}\t${c.variant}`))];
  const lines = ['class / variant'.padEnd(58) + layouts.map((l) => `layout ${l}`.padStart(11)).join('') + '     total  severity'];
  const cell = (list: CaseResult[]): string => (list.length ? `${list.filter((c) => c.detected).length}/${list.length}` : '—');
  for (const key of keys) {
    const [cls, variant] = key.split('\t');
    const of = cases.filter((c) => c.cls === cls && c.variant === variant);
    const undetectable = of.every((c) => c.expected === '(none possible)');
    const sev = [...new Set(of.map((c) => c.severity).filter(Boolean))].join('/');
    lines.push(
      `${cls} · ${variant}`.padEnd(58) +
        layouts.map((l) => cell(of.filter((c) => c.layout === l)).padStart(11)).join('') +
        (undetectable ? 'NOT DETECTABLE'.padStart(16) : cell(of).padStart(10) + '  ' + sev),
    );
  }
  return lines.join('\n');
}
