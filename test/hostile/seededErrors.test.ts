/**
 * Seeded errors (issue 4, item 2): every error class of SPEC §3 injected into clean tables of layouts A, B and C must
 * be found at the right cell; the clean tables must raise no error or warning. Prints the detection table.
 */
import { detectionTable, runSeededErrors, type CaseResult } from '../helpers/seededErrors';
import { LAYOUTS, type LayoutName } from '../helpers/hostileLayouts';
import { findingsOf } from '../helpers/seededErrors';

const { cases, falsePositives } = runSeededErrors();
const detectable = cases.filter((c) => c.expected !== '(none possible)');
const undetectable = cases.filter((c) => c.expected === '(none possible)');

afterAll(() => {
  const rate = (list: CaseResult[]): string => `${list.filter((c) => c.detected).length}/${list.length}`;
  const fp = (Object.keys(falsePositives) as LayoutName[]).map((l) => `${l}: ${falsePositives[l].length}`).join(', ');
  // eslint-disable-next-line no-console
  console.log(
    `Seeded-error detection (finding of the expected code at the expected cell):\n${detectionTable(cases)}\n` +
      `detectable: ${rate(detectable)} · false positives (errors + warnings) on the clean tables: ${fp}\n` +
      `NOT DETECTABLE by design (${undetectable.length} cases): 元↔万元 in the unit cell with bare target and actual — ` +
      'nothing in the sheet contradicts the unit, so no rule can see it.',
  );
});

describe('clean tables', () => {
  test.each(['A', 'B', 'C'] as const)('layout %s scores 100%% of its weights with no error or warning', (l) => {
    expect(falsePositives[l]).toEqual([]);
    expect(findingsOf(LAYOUTS[l]())).toEqual([]);
  });
});

describe('seeded errors', () => {
  test('no injection crashes the engine', () => {
    expect(cases.filter((c) => c.crashed)).toEqual([]);
  });

  test('every class is exercised in every layout it applies to', () => {
    const classes = new Set(cases.map((c) => c.cls));
    expect([...classes].sort()).toEqual(['blank-actual', 'duplicate', 'operator', 'split', 'text-in-number', 'unit-yuan', 'weights', 'wrong-score', 'wrong-total']);
    for (const l of ['A', 'B', 'C'] as const) {
      const here = new Set(cases.filter((c) => c.layout === l).map((c) => c.cls));
      // Layout A has no 得分 column and no 合计 row: wrong 得分 / 合计 cannot occur there.
      expect(here.size).toBe(l === 'A' ? 7 : 9);
    }
  });

  test('every detectable injection is found at the expected cell (100% detection)', () => {
    const missed = detectable.filter((c) => !c.detected).map((c) => `${c.layout} ${c.cls} · ${c.variant}: expected ${c.expected}, got ${c.got}`);
    expect(missed).toEqual([]);
  });

  test('NOT DETECTABLE (stated, not skipped): 元↔万元 in a unit cell when target and actual are bare numbers', () => {
    // Documented limitation: the unit cell is the only place the unit is written; target and actual agree with it.
    // If the engine ever learns to flag it (e.g. a plausibility rule), move the variant to the detectable ones.
    expect(undetectable.length).toBeGreaterThan(0);
    expect(undetectable.every((c) => c.cls === 'unit-yuan' && c.variant.startsWith('unit cell'))).toBe(true);
  });
});
