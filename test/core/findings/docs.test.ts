import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { buildFindingsDoc } from './findingsDoc';

const DOC = join(__dirname, '../../../docs/FINDINGS.md');

describe('docs/FINDINGS.md', () => {
  it('matches the catalogue, the examples and the zh-CN messages', () => {
    const expected = buildFindingsDoc();
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, expected, 'utf8');
    expect(readFileSync(DOC, 'utf8')).toBe(expected);
  });
});
