import { PROFILE_NAMES, getProfile, mof, parseProfile, sichuan } from '../../../src/core/profiles';

describe('built-in profiles', () => {
  it('mof has the SPEC §2 defaults', () => {
    expect(mof).toEqual({
      name: 'mof',
      reverseRule: 'linear2x',
      eqOvershoot: 'full',
      qualitativePoints: { achieved: 1, partial: 0.7, missed: 0.3 },
      qualitativeBands: { achieved: [0.8, 1], partial: [0.6, 0.8], missed: [0, 0.6] },
      overAchievedThreshold: 1.2,
      costFarBelowThreshold: 0.5,
      execution: { weight: 10, formula: 'linear' },
      expectedWeightTotal: 100,
      expectedIndicatorTotal: null,
      executionReasonBelow: null,
      normalize: true,
      grades: [
        { grade: '优', min: 90 },
        { grade: '良', min: 80 },
        { grade: '中', min: 60 },
        { grade: '差', min: 0 },
      ],
      rounding: 2,
      scoreTolerance: 0.1,
      severity: {},
    });
  });

  it('sichuan is mof with indicators 90 + execution 10 and a reason below 90%', () => {
    expect(sichuan).toEqual({ ...mof, name: 'sichuan', expectedIndicatorTotal: 90, executionReasonBelow: 0.9 });
    expect(sichuan.execution.weight + (sichuan.expectedIndicatorTotal ?? 0)).toBe(sichuan.expectedWeightTotal);
  });

  it('getProfile / PROFILE_NAMES', () => {
    expect(PROFILE_NAMES).toEqual(['mof', 'sichuan']);
    expect(getProfile('mof')).toBe(mof);
    expect(getProfile('sichuan')).toBe(sichuan);
    expect(getProfile('beijing')).toBeNull();
    expect(getProfile('toString')).toBeNull();
  });

  it('are deeply frozen', () => {
    for (const p of [mof, sichuan]) {
      expect(Object.isFrozen(p)).toBe(true);
      expect(Object.isFrozen(p.grades)).toBe(true);
      expect(Object.isFrozen(p.grades[0])).toBe(true);
      expect(Object.isFrozen(p.qualitativeBands.partial)).toBe(true);
      expect(Object.isFrozen(p.severity)).toBe(true);
    }
  });

  it('pass their own validation (JSON round trip)', () => {
    for (const p of [mof, sichuan]) {
      const r = parseProfile(JSON.parse(JSON.stringify(p)));
      expect(r).toEqual({ ok: true, profile: p });
    }
  });
});
