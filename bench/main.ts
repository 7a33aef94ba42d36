/** Entry of `npm run bench` (scripts/bench.js compiles bench/ and runs `node main.js <section> <json-out>`). */
import { writeFileSync } from 'node:fs';
import * as engine from './engine';
import * as cli from './cli';
import * as gateway from './gateway';
import * as bundles from './bundles';
import * as taskpane from './taskpane';

const SECTIONS: Record<string, { run: () => Promise<unknown> }> = { engine, cli, gateway, bundles, taskpane };

async function main(): Promise<void> {
  const [section, jsonOut] = process.argv.slice(2);
  const mod = SECTIONS[section];
  if (!mod) throw new Error(`unknown bench section ${section}`);
  const figures = await mod.run();
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(figures, null, 2));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
