#!/usr/bin/env node
// `npm run bench [-- section...]`: compiles bench/*.ts (with the src/ and test/fakes they import) into a temporary
// directory with tsc, then runs each section in a fresh node process and prints its figures. Sections: engine, cli,
// gateway, bundles, taskpane (default: all). Figures are also written to test-output/bench.json.
// Benchmarks, not tests: nothing here fails on a missed target; docs/BENCHMARKS.md records the figures.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const SECTIONS = ['engine', 'cli', 'gateway', 'bundles', 'taskpane'];
const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = asked.filter((a) => !SECTIONS.includes(a));
if (unknown.length) {
  console.error(`bench: unknown section(s) ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);
  process.exit(2);
}
const sections = asked.length ? asked : SECTIONS;

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-bench-'));
process.stdout.write(`compiling bench/ → ${out}\n`);
const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'bench/tsconfig.json'), '--outDir', out], {
  cwd: root,
  encoding: 'utf8',
});
const main = path.join(out, 'bench', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write(tsc.stdout + tsc.stderr);
  console.error('bench: compilation produced no bench/main.js');
  process.exit(1);
}
// Type errors elsewhere in the tree (work in progress) do not stop the emit; show them briefly.
if (tsc.status !== 0) process.stdout.write(`(tsc reported type errors; emitted anyway)\n${(tsc.stdout || '').split('\n').slice(0, 5).join('\n')}\n`);

const results = {};
let failed = false;
for (const section of sections) {
  process.stdout.write(`\n== ${section}\n`);
  const jsonFile = path.join(out, `${section}.json`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', main, section, jsonFile], {
    cwd: root,
    stdio: 'inherit',
    // The compiled files live outside the project: resolve packages from its node_modules.
    env: { ...process.env, SELFEVAL_ROOT: root, NODE_PATH: path.join(root, 'node_modules') },
  });
  if (r.status !== 0) {
    failed = true;
    process.stdout.write(`${section}: exited with ${r.status ?? r.signal}\n`);
    continue;
  }
  if (fs.existsSync(jsonFile)) results[section] = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
}

const machine = {
  nproc: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  date: new Date().toISOString(),
};
process.stdout.write(`\nmachine: ${machine.nproc} × ${machine.cpu}, node ${machine.node}, ${machine.platform}\n`);
const dest = path.join(root, 'test-output', 'bench.json');
fs.mkdirSync(path.dirname(dest), { recursive: true });
fs.writeFileSync(dest, `${JSON.stringify({ machine, results }, null, 2)}\n`);
process.stdout.write(`figures → ${path.relative(root, dest)}\n`);
fs.rmSync(out, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
