import { findingMessage, makeFinding, renderFinding, renderFindings } from '../../../src/core/findings';
import { mof } from '../../../src/core/profiles';
import { exampleFindings } from './exampleFindings';

describe('renderFinding', () => {
  const f = makeFinding('ACTUAL_MISSING', '自评表', 32, 8, { name: '保障政府门户网站正常访问' }, mof);

  it('gives the report shape with an A1 cell, zh-CN by default', () => {
    expect(f).not.toBeNull();
    if (!f) return;
    expect(renderFinding(f)).toEqual({
      code: 'ACTUAL_MISSING',
      severity: 'error',
      sheet: '自评表',
      cell: 'I33',
      message: '实际完成值为空：「保障政府门户网站正常访问」没有填写实际完成值，本指标按 0 分计。请填写实际完成值。',
    });
  });

  it('renders en-US on request', () => {
    if (!f) return;
    expect(renderFinding(f, 'en-US').message).toBe(
      'Actual value missing: "保障政府门户网站正常访问" has no actual value, so it scores 0. Fill in the actual value.',
    );
  });

  it('renderFindings keeps order and the cell of every example', () => {
    const list = exampleFindings();
    const rendered = renderFindings(list.map((e) => e.finding), 'en-US');
    expect(rendered).toHaveLength(list.length);
    rendered.forEach((r, i) => {
      expect(r.code).toBe(list[i].finding.code);
      expect(r.message).toBe(findingMessage(list[i].finding, 'en-US'));
    });
    expect(rendered.map((r) => r.cell)).toContain('H16');
  });
});
