/** One end-to-end smoke test of the real command: build lib/ and spawn `node bin/selfeval.js`. */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SEED_XLSX } from '../fixtures/realTables';
import { tempDir } from '../helpers/xlsx';

const ROOT = path.resolve(__dirname, '../..');
const { dir, cleanup } = tempDir();
afterAll(cleanup);

beforeAll(() => {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'pipe' });
}, 120000);

it('selfeval score on the seed: exit 0, summary line, scored copy, JSON report', () => {
  const input = path.join(dir, 'seed.xlsx');
  copyFileSync(SEED_XLSX, input);
  const json = path.join(dir, 'seed.json');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/selfeval.js'), 'score', input, '--json', json], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('总分 90.00/92 · 折算分 97.83 · 等级 优 · 错误 2 · 警告 3');
  expect(existsSync(path.join(dir, 'seed.scored.xlsx'))).toBe(true);
  expect(JSON.parse(readFileSync(json, 'utf8')).tables[0].normalizedScore).toBe(97.83);

  const bad = spawnSync(process.execPath, [path.join(ROOT, 'bin/selfeval.js'), 'score', path.join(dir, 'missing.xlsx')], { encoding: 'utf8' });
  expect(bad.status).toBe(2);
  expect(bad.stderr.trim().split('\n')).toHaveLength(1);
});

it('a reader that closes the pipe early (| head -1) does not stop the remaining files', () => {
  for (const n of ['p1', 'p2', 'p3']) copyFileSync(SEED_XLSX, path.join(dir, `${n}.xlsx`));
  const files = ['p1', 'p2', 'p3'].map((n) => path.join(dir, `${n}.xlsx`));
  const cmd = `"${process.execPath}" "${path.join(ROOT, 'bin/selfeval.js')}" score ${files.map((f) => `"${f}"`).join(' ')} | head -1; exit \${PIPESTATUS[0]}`;
  const r = spawnSync('bash', ['-c', cmd], { encoding: 'utf8' });
  expect(r.stderr).not.toContain('EPIPE');
  expect(r.status).toBe(0);
  for (const n of ['p1', 'p2', 'p3']) expect(existsSync(path.join(dir, `${n}.scored.xlsx`))).toBe(true);
});
