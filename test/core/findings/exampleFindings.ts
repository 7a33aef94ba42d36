import { FINDING_CATALOGUE, FINDING_CODES, type Finding, type FindingCode } from '../../../src/core/findings';
import { fromA1 } from '../../../src/core/snapshot/address';
import { EXAMPLES, type Example } from './examples';

export interface ExampleFinding {
  finding: Finding;
  figures: readonly string[];
  /** The string values passed in params (names, units, quoted text). */
  strings: string[];
}

/** Every example as a raw finding on sheet 自评表, in catalogue order. */
export function exampleFindings(): ExampleFinding[] {
  return FINDING_CODES.flatMap((code: FindingCode) =>
    (EXAMPLES[code] as readonly Example<FindingCode>[]).map((ex) => {
      const { row, col } = fromA1(ex.cell);
      const finding = { code, severity: FINDING_CATALOGUE[code].severity, sheet: '自评表', row, col, params: ex.params } as Finding;
      const strings = Object.values(ex.params).filter((v): v is string => typeof v === 'string');
      return { finding, figures: ex.figures, strings };
    }),
  );
}
