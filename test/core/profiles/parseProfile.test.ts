import { CUSTOM_PROFILE_NAME, mof, parseProfile, sichuan, type Profile } from '../../../src/core/profiles';

function ok(json: unknown, base?: Profile): Profile {
  const r = parseProfile(json, base);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.profile;
}

function errorsOf(json: unknown): string[] {
  const r = parseProfile(json);
  if (r.ok) throw new Error(`expected errors for ${JSON.stringify(json)}`);
  return r.errors;
}

/** One error that names the key and the bad value, in English and Chinese. */
function expectOneError(json: unknown, key: string, shown: string): void {
  const errors = errorsOf(json);
  expect(errors).toHaveLength(1);
  const [e] = errors;
  expect(e.startsWith(`${key}: `)).toBe(true);
  expect(e).toContain(` / ${key}：`);
  expect(e).toContain(`got ${shown}`);
  expect(e).toContain(`实际为 ${shown}`);
  expect(e).toMatch(/[\u4e00-\u9fff]/);
}

describe('parseProfile: bases and merging', () => {
  it('an empty object is mof under the name custom', () => {
    expect(ok({})).toEqual({ ...mof, name: CUSTOM_PROFILE_NAME });
  });

  it('"extends" picks the base; it wins over the base argument', () => {
    expect(ok({ extends: 'sichuan', name: 'x' })).toEqual({ ...sichuan, name: 'x' });
    expect(ok({ extends: 'mof', name: 'x' }, sichuan)).toEqual({ ...mof, name: 'x' });
    expect(ok({ name: 'x' }, sichuan)).toEqual({ ...sichuan, name: 'x' });
  });

  it('overrides scalars and merges nested objects key by key', () => {
    const p = ok({
      name: '我的配置',
      reverseRule: 'ratio',
      eqOvershoot: 'symmetric',
      qualitativePoints: { partial: 0.6 },
      qualitativeBands: { partial: [0.5, 0.8], missed: [0, 0.5] },
      execution: { weight: 20 },
      expectedIndicatorTotal: 80,
      executionReasonBelow: 0.85,
      normalize: false,
      rounding: 1,
      scoreTolerance: 0,
      severity: { NOT_MET: 'off', UNIT_MISSING: 'error' },
    });
    expect(p.name).toBe('我的配置');
    expect(p.reverseRule).toBe('ratio');
    expect(p.eqOvershoot).toBe('symmetric');
    expect(p.qualitativePoints).toEqual({ achieved: 1, partial: 0.6, missed: 0.3 });
    expect(p.qualitativeBands).toEqual({ achieved: [0.8, 1], partial: [0.5, 0.8], missed: [0, 0.5] });
    expect(p.execution).toEqual({ weight: 20, formula: 'linear' });
    expect(p.expectedIndicatorTotal).toBe(80);
    expect(p.executionReasonBelow).toBe(0.85);
    expect(p.normalize).toBe(false);
    expect(p.rounding).toBe(1);
    expect(p.scoreTolerance).toBe(0);
    expect(p.severity).toEqual({ NOT_MET: 'off', UNIT_MISSING: 'error' });
  });

  it('severity merges over the base severity', () => {
    const base = ok({ severity: { NOT_MET: 'off' } });
    expect(ok({ severity: { OVER_ACHIEVED: 'info' } }, base).severity).toEqual({ NOT_MET: 'off', OVER_ACHIEVED: 'info' });
  });

  it('grades are replaced as a whole', () => {
    const grades = [
      { grade: '优', min: 85 },
      { grade: '良', min: 70 },
      { grade: '差', min: 0 },
    ];
    expect(ok({ grades }).grades).toEqual(grades);
  });

  it('null switches off expectedIndicatorTotal and executionReasonBelow', () => {
    const p = ok({ extends: 'sichuan', expectedIndicatorTotal: null, executionReasonBelow: null });
    expect(p.expectedIndicatorTotal).toBeNull();
    expect(p.executionReasonBelow).toBeNull();
  });

  it('returns a deeply frozen copy that shares nothing with the input', () => {
    const input = { grades: [{ grade: '优', min: 90 }, { grade: '差', min: 0 }], qualitativeBands: { partial: [0.6, 0.8] } };
    const p = ok(input);
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.grades[1])).toBe(true);
    expect(Object.isFrozen(p.qualitativeBands.partial)).toBe(true);
    expect(Object.isFrozen(input.grades)).toBe(false);
    input.grades[0].min = 10;
    expect(p.grades[0].min).toBe(90);
  });

  it('round trip: a parsed profile serialised to JSON parses to an equal profile', () => {
    const p = ok({ extends: 'sichuan', name: 'rt', reverseRule: 'ratio', severity: { NOT_MET: 'off' }, rounding: 3 });
    const again = ok(JSON.parse(JSON.stringify(p)));
    expect(again).toEqual(p);
    expect(ok(JSON.parse(JSON.stringify(p)), sichuan)).toEqual(p);
  });
});

describe('parseProfile: validation', () => {
  it('rejects a non-object', () => {
    for (const bad of [null, 3, 'mof', [], undefined]) expect(errorsOf(bad)).toHaveLength(1);
    expect(errorsOf([])[0]).toContain('(profile): must be a JSON object');
  });

  it('lists unknown keys, top level and nested', () => {
    const [e] = errorsOf({ reverseRul: 'ratio', colour: 1 });
    expect(e).toContain('"reverseRul", "colour"');
    expect(e).toContain('未知的配置项');
    expect(errorsOf({ execution: { wieght: 5 } })[0]).toMatch(/^execution: unknown keys "wieght"/);
    expect(errorsOf({ grades: [{ grade: '优', min: 0, label: 'A' }] })[0]).toMatch(/^grades\[0\]: unknown keys "label"/);
  });

  it('extends must be a built-in name', () => {
    expectOneError({ extends: 'beijing' }, 'extends', '"beijing"');
  });

  it.each([
    [{ name: '' }, 'name', '""'],
    [{ name: 7 }, 'name', '7'],
    [{ reverseRule: 'square' }, 'reverseRule', '"square"'],
    [{ eqOvershoot: true }, 'eqOvershoot', 'true'],
    [{ normalize: 'yes' }, 'normalize', '"yes"'],
    [{ execution: { formula: 'log' } }, 'execution.formula', '"log"'],
    [{ execution: 10 }, 'execution', '10'],
  ])('types and allowed sets: %j', (json, key, shown) => expectOneError(json, key, shown));

  it.each([
    [{ overAchievedThreshold: 0 }, 'overAchievedThreshold', '0'],
    [{ overAchievedThreshold: '1.2' }, 'overAchievedThreshold', '"1.2"'],
    [{ costFarBelowThreshold: -0.5 }, 'costFarBelowThreshold', '-0.5'],
    [{ execution: { weight: 0 } }, 'execution.weight', '0'],
    [{ expectedWeightTotal: 0 }, 'expectedWeightTotal', '0'],
    [{ expectedIndicatorTotal: -90 }, 'expectedIndicatorTotal', '-90'],
    [{ executionReasonBelow: 90 }, 'executionReasonBelow', '90'],
    [{ executionReasonBelow: 0 }, 'executionReasonBelow', '0'],
    [{ rounding: 7 }, 'rounding', '7'],
    [{ rounding: 1.5 }, 'rounding', '1.5'],
    [{ rounding: -1 }, 'rounding', '-1'],
    [{ scoreTolerance: -0.1 }, 'scoreTolerance', '-0.1'],
    [{ scoreTolerance: Number.NaN }, 'scoreTolerance', 'NaN'],
  ])('ranges: %j', (json, key, shown) => expectOneError(json, key, shown));

  it('null is allowed only where documented', () => {
    expectOneError({ expectedWeightTotal: null }, 'expectedWeightTotal', 'null');
    expect(errorsOf({ expectedIndicatorTotal: 'x' })[0]).toContain('must be null or a number above 0');
  });

  it('qualitative points lie in [0, 1] and descend', () => {
    expectOneError({ qualitativePoints: { achieved: 1.5 } }, 'qualitativePoints.achieved', '1.5');
    expectOneError({ qualitativePoints: { partial: 0.2 } }, 'qualitativePoints', '{"achieved":1,"partial":0.2,"missed":0.3}');
  });

  it('bands lie within [0, 1], low < high, and are ordered missed < partial < achieved', () => {
    expectOneError({ qualitativeBands: { achieved: [0.8, 1.2] } }, 'qualitativeBands.achieved[1]', '1.2');
    expectOneError({ qualitativeBands: { partial: [0.8, 0.6] } }, 'qualitativeBands.partial', '[0.8,0.6]');
    expectOneError({ qualitativeBands: { partial: [0.6] } }, 'qualitativeBands.partial', '[0.6]');
    expectOneError(
      { qualitativeBands: { partial: [0.5, 0.9] } },
      'qualitativeBands',
      '{"achieved":[0.8,1],"partial":[0.5,0.9],"missed":[0,0.6]}',
    );
  });

  it('grades: known names, min in [0, 100], strictly descending, unique, ending at 0', () => {
    expectOneError({ grades: [] }, 'grades', '[]');
    expectOneError({ grades: [{ grade: 'A', min: 0 }] }, 'grades[0].grade', '"A"');
    expectOneError({ grades: [{ grade: '优', min: 120 }, { grade: '差', min: 0 }] }, 'grades[0].min', '120');
    const ascending = [{ grade: '差', min: 0 }, { grade: '优', min: 90 }];
    expectOneError({ grades: ascending }, 'grades', JSON.stringify(ascending));
    const twice = [{ grade: '优', min: 90 }, { grade: '优', min: 0 }];
    expectOneError({ grades: twice }, 'grades', JSON.stringify(twice));
    const gap = [{ grade: '优', min: 90 }, { grade: '差', min: 60 }];
    expectOneError({ grades: gap }, 'grades', JSON.stringify(gap));
  });

  it('severity: known codes, values error | warning | info | off', () => {
    expect(errorsOf({ severity: { NOT_A_CODE: 'off' } })[0]).toMatch(/^severity: unknown keys "NOT_A_CODE"/);
    expectOneError({ severity: { NOT_MET: 'fatal' } }, 'severity.NOT_MET', '"fatal"');
    expectOneError({ severity: [] }, 'severity', '[]');
  });

  it('cross-option: totals within expectedWeightTotal', () => {
    expectOneError({ expectedIndicatorTotal: 120 }, 'expectedIndicatorTotal', '120');
    expectOneError({ expectedWeightTotal: 50, execution: { weight: 60 } }, 'execution.weight', '60');
  });

  it('collects every error at once', () => {
    const errors = errorsOf({
      extends: 'x',
      reverseRule: 'y',
      rounding: 9,
      severity: { NOT_MET: 'loud', FOO: 'off' },
      execution: { weight: -1, extra: 1 },
      foo: 1,
    });
    expect(errors).toHaveLength(8);
    expect(errors.filter((e) => e.startsWith('severity'))).toHaveLength(2);
    expect(errors.filter((e) => e.startsWith('execution'))).toHaveLength(2);
  });

  it('long values are cut in the message', () => {
    const [e] = errorsOf({ name: 'x'.repeat(5).split('').map(() => ({})) });
    expect(e.length).toBeLessThan(300);
    const [long] = errorsOf({ reverseRule: 'r'.repeat(200) });
    expect(long).toContain('...');
  });
});
