#!/usr/bin/env node
'use strict';
const { run } = require('../lib/cli/main.js');

// `selfeval score … | head`: a closed pipe must not stop the scoring of the remaining files.
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') throw e;
});

run(process.argv.slice(2), {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`selfeval: internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 3;
  },
);
