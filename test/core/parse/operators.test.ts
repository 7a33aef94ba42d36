import type { Operator } from '../../../src/core/model/Table';
import { parseOperatorCell, splitLeadingOperator } from '../../../src/core/parse/operators';

/** Every SPEC §1 token (half- and full-width) and the added glyph/word variants. */
const TOKENS = [
  ['≥', 'GE'], ['≧', 'GE'], ['⩾', 'GE'], ['>=', 'GE'], ['＞＝', 'GE'], ['＞=', 'GE'], ['>＝', 'GE'], ['> =', 'GE'],
  ['大于等于', 'GE'], ['不低于', 'GE'], ['不少于', 'GE'], ['不小于', 'GE'], ['至少', 'GE'], ['达到', 'GE'],
  ['>', 'GT'], ['＞', 'GT'], ['大于', 'GT'], ['高于', 'GT'], ['超过', 'GT'],
  ['≤', 'LE'], ['≦', 'LE'], ['⩽', 'LE'], ['<=', 'LE'], ['＜＝', 'LE'], ['小于等于', 'LE'], ['不高于', 'LE'],
  ['不超过', 'LE'], ['不多于', 'LE'], ['不大于', 'LE'], ['以内', 'LE'],
  ['<', 'LT'], ['＜', 'LT'], ['小于', 'LT'], ['低于', 'LT'],
  ['=', 'EQ'], ['＝', 'EQ'], ['﹦', 'EQ'], ['等于', 'EQ'],
  ['定性', 'QUAL'], ['定性指标', 'QUAL'],
] as const satisfies readonly (readonly [string, Operator])[];

describe('parseOperatorCell', () => {
  it.each(TOKENS)('%s → %s', (token, operator) => {
    expect(parseOperatorCell(token)).toEqual({ operator, ambiguous: false, known: true });
  });

  it.each(TOKENS)('%s with surrounding spaces and newlines', (token, operator) => {
    expect(parseOperatorCell(` \u3000${token}\n`)).toEqual({ operator, ambiguous: false, known: true });
  });

  const ambiguous = [['以上', 'GE'], ['以下', 'LE']] as const;
  it.each(ambiguous)('%s → %s, ambiguous', (token, operator) => {
    expect(parseOperatorCell(token)).toEqual({ operator, ambiguous: true, known: true });
  });

  const inclusive = [['及以上', 'GE'], ['及以下', 'LE']] as const;
  it.each(inclusive)('%s → %s, not ambiguous', (token, operator) => {
    expect(parseOperatorCell(token)).toEqual({ operator, ambiguous: false, known: true });
  });

  const noOperator = ['', '   ', '定量', '定量指标', ' 定量 ', '/', '-', '—'] as const;
  it.each(noOperator)('%j → no operator, known', (text) => {
    expect(parseOperatorCell(text)).toEqual({ operator: null, ambiguous: false, known: true });
  });

  const unknown = ['性标定指', '正向', '约', '≥90', 'x', '2', '大于等于小于'] as const;
  it.each(unknown)('%j → unknown', (text) => {
    expect(parseOperatorCell(text)).toEqual({ operator: null, ambiguous: false, known: false });
  });

  it('accepts a bracketed annotation after the token', () => {
    expect(parseOperatorCell('≥（大于等于）')).toEqual({ operator: 'GE', ambiguous: false, known: true });
  });

  it('matches the long token, not its prefix', () => {
    expect(parseOperatorCell('大于等于').operator).toBe('GE');
    expect(parseOperatorCell('大于').operator).toBe('GT');
    expect(parseOperatorCell('小于等于').operator).toBe('LE');
    expect(parseOperatorCell('小于').operator).toBe('LT');
  });
});

describe('splitLeadingOperator', () => {
  const leadingTokens = TOKENS.filter(([token, op]) => op !== 'QUAL' && token !== '以内');
  it.each(leadingTokens)('%s50个 → %s, rest 50个', (token, operator) => {
    const split = splitLeadingOperator(`${token}50个`);
    expect(split.operator).toBe(operator);
    expect(split.ambiguous).toBe(false);
    expect(split.rest).toBe('50个');
  });

  const cases = [
    ['≥50个', 'GE', '≥', false, '50个'],
    ['≤90万元', 'LE', '≤', false, '90万元'],
    ['=100%', 'EQ', '=', false, '100%'],
    ['≥100百分比', 'GE', '≥', false, '100百分比'],
    ['不低于90%', 'GE', '不低于', false, '90%'],
    ['大于等于95%', 'GE', '大于等于', false, '95%'],
    ['大于95%', 'GT', '大于', false, '95%'],
    ['>=95', 'GE', '>=', false, '95'],
    ['＞＝95', 'GE', '>=', false, '95'],
    ['> 95', 'GT', '>', false, '95'],
    ['小于等于5天', 'LE', '小于等于', false, '5天'],
    ['95%以上', 'GE', '以上', true, '95%'],
    ['5%以下', 'LE', '以下', true, '5%'],
    ['90万元以内', 'LE', '以内', false, '90万元'],
    ['95%及以上', 'GE', '及以上', false, '95%'],
    ['95%(含)以上', 'GE', '(含)以上', false, '95%'],
    ['≥95%以上', 'GE', '≥', false, '95%'],
    ['≥95%以下', 'GE', '≥', true, '95%'],
    [' ≥ 50 个 ', 'GE', '≥', false, '50个'],
  ] as const;
  it.each(cases)('%j → %s %s ambiguous=%s rest %s', (text, operator, operatorText, ambiguous, rest) => {
    expect(splitLeadingOperator(text)).toEqual({ operator, operatorText, ambiguous, rest });
  });

  const none = [['50个', '50个'], ['完成', '完成'], ['', ''], ['以上', '以上'], ['定性', '定性'], ['26次', '26次']] as const;
  it.each(none)('%j has no operator', (text, rest) => {
    expect(splitLeadingOperator(text)).toEqual({ operator: null, operatorText: null, ambiguous: false, rest });
  });
});
