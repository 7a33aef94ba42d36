import { FINDING_CATALOGUE, makeFinding, resolveSeverity } from '../../../src/core/findings';
import { mof, parseProfile, type Profile } from '../../../src/core/profiles';

function withSeverity(severity: Record<string, string>): Profile {
  const r = parseProfile({ extends: 'mof', severity });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.profile;
}

describe('makeFinding', () => {
  it('takes the catalogue severity without a profile or override', () => {
    const f = makeFinding('WEIGHT_TOTAL', '自评表', 15, 7, { total: 92, expected: 100, budgetWeight: 0 });
    expect(f).toEqual({ code: 'WEIGHT_TOTAL', severity: 'error', sheet: '自评表', row: 15, col: 7, params: { total: 92, expected: 100, budgetWeight: 0 } });
    expect(makeFinding('NOT_MET', 's', 0, 0, { name: 'x', target: '≥1', actual: '0', attainment: 0, score: 0, weight: 1 }, mof)?.severity).toBe(
      FINDING_CATALOGUE.NOT_MET.severity,
    );
  });

  it('uses profile.severity overrides', () => {
    const p = withSeverity({ OVER_ACHIEVED: 'info', UNIT_MISSING: 'error' });
    expect(makeFinding('OVER_ACHIEVED', 's', 16, 8, { name: 'a', target: 5, actual: 9, attainment: 1.8, threshold: 1.2 }, p)?.severity).toBe('info');
    expect(makeFinding('UNIT_MISSING', 's', 1, 1, { name: 'a' }, p)?.severity).toBe('error');
    expect(makeFinding('ACTUAL_MISSING', 's', 1, 1, { name: 'a' }, p)?.severity).toBe('error');
  });

  it("returns null when the profile switches the code 'off'", () => {
    const p = withSeverity({ PLACEHOLDER_ROW: 'off' });
    expect(makeFinding('PLACEHOLDER_ROW', 's', 1, 1, { text: '……' }, p)).toBeNull();
    expect(resolveSeverity('PLACEHOLDER_ROW', p)).toBe('off');
    expect(resolveSeverity('PLACEHOLDER_ROW')).toBe('info');
  });
});
