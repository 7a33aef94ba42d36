import type { Operator, ParsedValue } from '../../../src/core/model/Table';
import { isExcelError, parseValue } from '../../../src/core/parse/values';

type Expected = Partial<Omit<ParsedValue, 'raw'>>;

const BLANK: Omit<ParsedValue, 'raw' | 'text'> = {
  operator: null,
  operatorText: null,
  operatorAmbiguous: false,
  operatorUnknownText: null,
  number: null,
  unit: null,
  percentFormat: false,
  date: null,
};

function expectParsed(raw: string | number | boolean | null, expected: Expected, numberFormat?: string): void {
  const parsed = parseValue(raw, numberFormat);
  expect(parsed).toEqual({ ...BLANK, raw, text: parsed.text, ...expected });
}

describe('parseValue: number cells', () => {
  const cases = [
    [90, undefined, { number: 90, text: '90' }],
    [134.2, 'General', { number: 134.2 }],
    [0, '0.00', { number: 0 }],
    [-5, '#,##0', { number: -5 }],
    [0.9, '0%', { number: 0.9, percentFormat: true }],
    [0.03, '0.00%', { number: 0.03, percentFormat: true }],
    [1, '0"%"', { number: 1, percentFormat: false }],
    [45657, 'yyyy-mm-dd', { date: '2024-12-31' }],
    [46022, 'yyyy"年"m"月"d"日"', { date: '2025-12-31' }],
    [46022.5, 'm/d/yyyy h:mm', { date: '2025-12-31' }],
    [45657, 'General', { number: 45657 }],
    [45657, '0', { number: 45657 }],
    [0.5, 'h:mm', { number: 0.5 }],
    [0, 'yyyy-mm-dd', { number: 0 }],
  ] as const;
  it.each(cases)('%d with format %j', (raw, format, expected) => {
    expectParsed(raw, expected, format);
  });

  it('keeps the number as text', () => {
    expect(parseValue(16.18).text).toBe('16.18');
  });

  it('NaN is not a number', () => {
    expect(parseValue(Number.NaN).number).toBeNull();
  });
});

describe('parseValue: empty and boolean cells', () => {
  it('null is empty', () => {
    expectParsed(null, { text: '' });
  });

  const booleans = [[true, 'TRUE'], [false, 'FALSE']] as const;
  it.each(booleans)('%s → text %s, no number', (raw, text) => {
    expectParsed(raw, { text });
  });
});

describe('parseValue: numbers and units written as text', () => {
  const cases = [
    ['90%', { number: 90, unit: '%' }],
    ['90％', { number: 90, unit: '%' }],
    ['72.74%', { number: 72.74, unit: '%' }],
    ['161800元', { number: 161800, unit: '元' }],
    ['6.47亿元', { number: 6.47, unit: '亿元' }],
    ['5亿元', { number: 5, unit: '亿元' }],
    ['1000万元', { number: 1000, unit: '万元' }],
    ['26次', { number: 26, unit: '次' }],
    ['2200篇', { number: 2200, unit: '篇' }],
    ['20份', { number: 20, unit: '份' }],
    ['1年', { number: 1, unit: '年' }],
    ['3个月', { number: 3, unit: '个月' }],
    ['100㎡', { number: 100, unit: 'm2' }],
    ['1,040.06', { number: 1040.06, unit: null }],
    ['1,234,567.5万元', { number: 1234567.5, unit: '万元' }],
    ['0.00', { number: 0, unit: null }],
    ['89.974', { number: 89.974, unit: null }],
    ['-5', { number: -5, unit: null }],
    ['+5', { number: 5, unit: null }],
    ['\u22125', { number: -5, unit: null }],
    ['.5', { number: 0.5, unit: null }],
    ['１２３', { number: 123, unit: null }],
    ['１２３个', { number: 123, unit: '个' }],
    [' 50 个 ', { number: 50, unit: '个' }],
    ['¥1000元', { number: 1000, unit: '元' }],
    ['100分', { number: 100, unit: '分' }],
    ['12kg', { number: 12, unit: 'kg' }],
    ['5元/人', { number: 5, unit: '元/人' }],
    ['30万人次', { number: 30, unit: '万人次' }],
  ] as const;
  it.each(cases)('%j', (raw, expected) => {
    expectParsed(raw, expected);
  });
});

describe('parseValue: operators inside the cell', () => {
  const cases = [
    ['≥50个', 'GE', '≥', 50, '个'],
    ['≤90万元', 'LE', '≤', 90, '万元'],
    ['=100%', 'EQ', '=', 100, '%'],
    ['≥100百分比', 'GE', '≥', 100, '百分比'],
    ['不低于90%', 'GE', '不低于', 90, '%'],
    ['大于等于95%', 'GE', '大于等于', 95, '%'],
    ['＞＝９５％', 'GE', '>=', 95, '%'],
    ['<5%', 'LT', '<', 5, '%'],
    ['超过10次', 'GT', '超过', 10, '次'],
    ['90万元以内', 'LE', '以内', 90, '万元'],
    ['达到100%', 'GE', '达到', 100, '%'],
  ] as const;
  it.each(cases)('%j → %s %d %s', (raw, operator, operatorText, number, unit) => {
    expectParsed(raw, { operator, operatorText, number, unit });
  });

  const ambiguous = [['95%以上', 'GE', 95, '%'], ['5天以下', 'LE', 5, '天']] as const;
  it.each(ambiguous)('%j → %s ambiguous', (raw, operator, number, unit) => {
    expectParsed(raw, { operator, operatorText: raw.slice(-2), operatorAmbiguous: true, number, unit });
  });

  it('a symbol before text keeps its operator, with no number', () => {
    expectParsed('≥良好', { operator: 'GE', operatorText: '≥' });
  });

  const wordsBeforeText = ['达到预期指标', '不超过预算', '一年以上', '高于同类水平'] as const;
  it.each(wordsBeforeText)('%j is text: an operator word before prose is no operator', (raw) => {
    expectParsed(raw, { text: raw });
  });
});

describe('parseValue: OCR-garbled operators', () => {
  const cases = [
    ['到0次', '到', 0, '次'],
    ['x40份', 'x', 40, '份'],
    ['约50人', '约', 50, '人'],
  ] as const;
  it.each(cases)('%j → unknown operator %s, %d %s', (raw, operatorUnknownText, number, unit) => {
    expectParsed(raw, { operatorUnknownText, number, unit });
  });

  const text = ['第O份', 'tot扁', '到0', '高'] as const;
  it.each(text)('%j is text', (raw) => {
    expectParsed(raw, { text: raw });
  });
});

describe('parseValue: text cells', () => {
  const text = [
    '2025年12月31日前',
    '2025年底',
    '2025年12月底前',
    '1年内完成建设',
    '1年内',
    '30天内',
    '10余次',
    '100%完成',
    '2200tot扁',
    '1,04',
    '完成',
    '达成预期指标',
    '严格执行相关制度规定',
    '在项目计划完成时间内完成',
    '服务范围扩大',
    '持续提升',
    '#DIV/0!',
    '#REF!',
    '#N/A',
    '#VALUE!',
    '/',
    '／',
    '-',
    '—',
    '……',
    'TRUE',
    '50个以',
    '1.2.3',
    '5 个 工作日, 完成',
  ] as const;
  it.each(text)('%j → text, no number', (raw) => {
    const parsed = parseValue(raw);
    expect(parsed.number).toBeNull();
    expect(parsed.unit).toBeNull();
    expect(parsed.date).toBeNull();
    expect(parsed.operatorUnknownText).toBeNull();
  });

  it('keeps the NFKC trimmed text, inner spaces included', () => {
    expect(parseValue('  电子政务外网 ＩＰＶ６  ').text).toBe('电子政务外网 IPV6');
  });

  it('blank text is empty', () => {
    expectParsed(' \u3000 ', { text: '' });
  });
});

describe('parseValue: dates written as text', () => {
  const cases = ['2025年12月31日', '2025-12-31', '2025/12/31', '2025.12.31', ' 2025 年 12 月 31 日 '] as const;
  it.each(cases)('%j → 2025-12-31, no number', (raw) => {
    const parsed = parseValue(raw);
    expect(parsed.date).toBe('2025-12-31');
    expect(parsed.number).toBeNull();
  });
});

describe('isExcelError', () => {
  const errors = ['#DIV/0!', '#REF!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', ' #n/a '] as const;
  it.each(errors)('%j is an Excel error', (v) => {
    expect(isExcelError(v)).toBe(true);
  });

  const notErrors = ['DIV/0', '#', '#1', '完成', '', 0, null, true] as const;
  it.each(notErrors)('%j is not an Excel error', (v) => {
    expect(isExcelError(v)).toBe(false);
  });
});

describe('parseValue: the seed table’s target cells', () => {
  const seed: readonly (readonly [string | number, number | null])[] = [
    [5, 5], [166, 166], ['据实保障', null], [100, 100], ['2025年12月31日前', null], ['持续提升', null], [49.92, 49.92],
  ];
  it.each(seed)('%j', (raw, number) => {
    expect(parseValue(raw).number).toBe(number);
  });

  it('operators of a dedicated column never come from a plain number', () => {
    const operator: Operator | null = parseValue(5).operator;
    expect(operator).toBeNull();
  });
});
