import {
  FINDING_CODES,
  MESSAGES_EN_US,
  MESSAGES_ZH_CN,
  findingMessage,
  type FindingCode,
} from '../../../src/core/findings';
import { EXAMPLES } from './examples';
import { exampleFindings } from './exampleFindings';

/** CJK ideographs, CJK punctuation and full-width forms. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const all = exampleFindings();

describe('message tables', () => {
  it('have exactly the catalogue codes, in both locales', () => {
    expect(Object.keys(MESSAGES_ZH_CN).sort()).toEqual([...FINDING_CODES].sort());
    expect(Object.keys(MESSAGES_EN_US).sort()).toEqual([...FINDING_CODES].sort());
  });

  it('every code has an example', () => {
    for (const code of FINDING_CODES) expect(EXAMPLES[code].length).toBeGreaterThan(0);
  });
});

describe.each(all.map((e) => [`${e.finding.code} ${JSON.stringify(e.finding.params)}`, e] as const))('%s', (_t, e) => {
  const zh = findingMessage(e.finding, 'zh-CN');
  const en = findingMessage(e.finding, 'en-US');

  it('renders a non-empty sentence in both locales', () => {
    expect(zh.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(zh).toMatch(/。$/);
    expect(en).toMatch(/\.$/);
  });

  it('zh-CN is Chinese; en-US has no CJK outside the names and units passed in', () => {
    expect(zh).toMatch(CJK);
    const stripped = [...e.strings].sort((a, b) => b.length - a.length).reduce((m, s) => m.split(s).join(''), en);
    expect(stripped).not.toMatch(CJK);
  });

  it('shows the figures in both locales', () => {
    for (const f of e.figures) {
      expect(zh).toContain(f);
      expect(en).toContain(f);
    }
  });

  it('has no float noise, no undefined, no NaN', () => {
    for (const m of [zh, en]) expect(m).not.toMatch(/\d\.\d{3,}|undefined|NaN|null|\[object/);
  });
});

describe('kind variants each have their own sentence', () => {
  const messagesOf = (code: FindingCode): string[][] =>
    all.filter((e) => e.finding.code === code).map((e) => [findingMessage(e.finding, 'zh-CN'), findingMessage(e.finding, 'en-US')]);

  it.each(['OPERATOR_DIRECTION', 'BUDGET_INCONSISTENT', 'PERCENT_OUT_OF_RANGE'] as const)('%s', (code) => {
    const msgs = messagesOf(code);
    expect(msgs.length).toBeGreaterThan(1);
    for (const i of [0, 1]) expect(new Set(msgs.map((m) => m[i])).size).toBe(msgs.length);
  });

  it('BUDGET_INCONSISTENT sum / rate / zero have their own headline', () => {
    const heads = messagesOf('BUDGET_INCONSISTENT').map(([zh, en]) => [zh.split('：')[0], en.split(':')[0]]);
    expect(heads).toEqual([
      ['资金总额不符', 'Budget total does not add up'],
      ['执行率不符', 'Execution rate does not match'],
      ['预算数为 0', 'Budget is 0'],
    ]);
  });

  it('cost and satisfaction name their kind', () => {
    const [cost, sat] = messagesOf('OPERATOR_DIRECTION');
    expect(cost[0]).toContain('成本指标');
    expect(sat[0]).toContain('满意度指标');
    expect(cost[1]).toContain('cost indicator');
    expect(sat[1]).toContain('satisfaction indicator');
  });
});

describe('zh-CN wording of the seed findings', () => {
  it.each([
    [MESSAGES_ZH_CN.ACTUAL_MISSING({ name: '保障政府门户网站正常访问' }), '实际完成值为空：「保障政府门户网站正常访问」没有填写实际完成值，本指标按 0 分计。请填写实际完成值。'],
    [MESSAGES_ZH_CN.WEIGHT_TOTAL({ total: 92, expected: 100, budgetWeight: 0 }), '权重合计为 92，应为 100（相差 8）。请核对各指标权重。'],
    [MESSAGES_ZH_CN.UNIT_CONVERTED({ name: '车辆购置成本', from: '161800元', to: '16.18万元' }), '单位已换算：161800元 → 16.18万元。'],
  ])('%s', (actual, expected) => expect(actual).toBe(expected));

  it('COST_FAR_BELOW', () => {
    const m = MESSAGES_ZH_CN.COST_FAR_BELOW({ name: '车辆购置成本', target: 65, actual: 16.18, unit: '万元', threshold: 0.5 });
    expect(m).toContain('实际值 16.18 万元低于目标值 65 万元的 50%，请核对单位（元/万元）或预算编制是否合理。');
  });

  it('figures are rounded without float noise', () => {
    const m = MESSAGES_ZH_CN.WEIGHT_TOTAL({ total: 0.1 + 0.2 + 99.4, expected: 100, budgetWeight: 0 });
    expect(m).toBe('权重合计为 99.7，应为 100（相差 0.3）。请核对各指标权重。');
  });

  it('an empty name reads as 本行指标 / this indicator', () => {
    expect(MESSAGES_ZH_CN.TARGET_MISSING({ name: ' ' })).toContain('本行指标没有填写目标值');
    expect(MESSAGES_EN_US.TARGET_MISSING({ name: '' })).toContain('this indicator has no target');
  });
});
