import {
  isPlaceholderText,
  isStableText,
  normalizeHeader,
  normalizeText,
  removeBracketed,
  stripTemplateNumber,
} from '../../../src/core/parse/normalize';

describe('normalizeText', () => {
  const cases = [
    ['plain', '保障会议场次', '保障会议场次'],
    ['ascii spaces', ' 电子政务外网 IPV6 改造项目成本 ', '电子政务外网IPV6改造项目成本'],
    ['ideographic space U+3000', '受益\u3000群体', '受益群体'],
    ['no-break space U+00A0', '满意\u00A0度', '满意度'],
    ['newline and tab', '实际完成\n指标值\t', '实际完成指标值'],
    ['CRLF', '年度\r\n指标值', '年度指标值'],
    ['zero-width space', '权\u200B重', '权重'],
    ['full-width digits and letters', 'ＩＰＶ６　１２３', 'IPV6123'],
    ['full-width comparison', '＞＝９０％', '>=90%'],
    ['full-width parentheses', '（万元）', '(万元)'],
    ['empty', '', ''],
    ['only whitespace', ' \u3000\n', ''],
  ] as const;
  it.each(cases)('%s', (_label, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('normalizeHeader', () => {
  const cases = [
    ['年初目标值(A)', '年初目标值'],
    ['实际完成值(B)', '实际完成值'],
    ['指标权重（分）', '指标权重'],
    ['项目资金(万元)', '项目资金'],
    ['预算执行情况(万元)(20分)', '预算执行情况'],
    ['满意度指标(10分)', '满意度指标'],
    ['得分系数(%)', '得分系数'],
    ['指标【说明】名称', '指标名称'],
    ['分值[10]', '分值'],
    ['执行率（(B/A)）', '执行率'],
    ['年度资金总额：', '年度资金总额'],
    ['年度资金总额:', '年度资金总额'],
    ['绩效 指标 性质', '绩效指标性质'],
    ['三级指标', '三级指标'],
    ['(50分)', ''],
  ] as const;
  it.each(cases)('%s → %s', (input, expected) => {
    expect(normalizeHeader(input)).toBe(expected);
  });

  it('leaves an unbalanced bracket alone', () => {
    expect(normalizeHeader('项目资金(万元')).toBe('项目资金(万元');
  });

  it('removeBracketed works on nested brackets', () => {
    expect(removeBracketed('a(b(c)d)e')).toBe('ae');
  });
});

describe('stripTemplateNumber', () => {
  const cases = [
    ['指标1：完成中型灌区', '完成中型灌区'],
    ['指标1:完成中型灌区节水改造项目数量', '完成中型灌区节水改造项目数量'],
    ['指标2:', ''],
    ['指标2：', ''],
    ['指标1工程资金金额', '工程资金金额'],
    ['指标2工程验收合格率', '工程验收合格率'],
    ['指标３：服务对象满意度', '服务对象满意度'],
    ['指标 12 ： 安全率', '安全率'],
    ['指标一：学生满意度', '学生满意度'],
    ['指标1', ''],
  ] as const;
  it.each(cases)('%s → %s', (input, expected) => {
    expect(stripTemplateNumber(input)).toBe(expected);
  });

  const unchanged = ['保障会议场次', '指标名称', '绩效指标', '指标一致性', '年度指标1', '三级指标', ''] as const;
  it.each(unchanged)('leaves %s unchanged', (input) => {
    expect(stripTemplateNumber(input)).toBe(input);
  });
});

describe('isPlaceholderText', () => {
  const placeholders = [
    '', '  ', '指标1', '指标2:', '指标2：', '指标３：', '指标 2 :', '指标一：', '……', '…', '...', '。。。', '/', '／', '-',
    '－', '—', '——', '\\',
  ] as const;
  it.each(placeholders)('%j is a placeholder', (input) => {
    expect(isPlaceholderText(input)).toBe(true);
  });

  const real = ['指标1:完成中型灌区', '指标1工程资金金额', '完成', '0', '1/2', '指标', '无', '-5', '……完成'] as const;
  it.each(real)('%j is not a placeholder', (input) => {
    expect(isPlaceholderText(input)).toBe(false);
  });
});

describe('isStableText (the fast path of normalizeText)', () => {
  it('accepts only characters that NFKC and the whitespace removal leave alone, each and in pairs', () => {
    const slow = (t: string): string => t.normalize('NFKC').replace(/[\s\u200B-\u200D\u2060\uFEFF]+/gu, '');
    const accepted: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isStableText(String.fromCharCode(c))) accepted.push(String.fromCharCode(c));
    expect(accepted.length).toBeGreaterThan(20000);
    expect(accepted.filter((ch) => slow(ch) !== ch)).toEqual([]);
    // Composition needs a following combining mark (or jamo); none is accepted, so no pair of accepted characters composes.
    expect(accepted.filter((ch) => /[\p{M}\u1100-\u11FF\u3130-\u318F]/u.test(ch))).toEqual([]);
    expect(normalizeText('指标≥50个')).toBe('指标≥50个');
    expect(isStableText('９０％')).toBe(false);
    expect(isStableText('a b')).toBe(false);
  });
});
