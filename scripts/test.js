#!/usr/bin/env node
// The one test command (README, .ci/run): type-check, build the add-in, run every jest suite, print "N passed, N failed".
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
function step(title, cmd, args) {
  process.stdout.write(`\n== ${title}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    process.stdout.write(`\n${title} failed (exit ${r.status})\n0 passed, 1 failed\n`);
    process.exit(r.status || 1);
  }
}

step('type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('build CLI', bin('tsc'), ['-p', 'tsconfig.cli.json']);
step('build add-in', bin('webpack'), ['--mode', 'production']);

const results = path.join(root, 'test-output', 'jest-results.json');
fs.mkdirSync(path.dirname(results), { recursive: true });
process.stdout.write('\n== tests\n');
const r = spawnSync(bin('jest'), ['--ci', '--json', `--outputFile=${results}`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
let passed = 0;
let failed = 0;
try {
  const j = JSON.parse(fs.readFileSync(results, 'utf8'));
  passed = j.numPassedTests;
  failed = j.numFailedTests + j.numRuntimeErrorTestSuites;
} catch {
  failed = 1;
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(r.status === 0 && failed === 0 ? 0 : 1);
