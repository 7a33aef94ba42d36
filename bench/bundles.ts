/**
 * Production bundle sizes: gzip (level 9) of the local scripts taskpane.html and commands.html load at start (the
 * task pane's initial JavaScript; lazily loaded chunks are listed apart), from dist/ — built with
 * `npx webpack --mode production` when dist/ is missing. Targets: commands ≤ 60 KB, task pane initial ≤ 250 KB.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { kb, printTable, ROOT } from './util';

export const DIST = path.join(ROOT, 'dist');

/** src of every <script> of a page of dist/ (the minifier drops attribute quotes). */
export function scriptSrcs(page: string): string[] {
  const html = fs.readFileSync(path.join(DIST, page), 'utf8');
  return Array.from(html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g), (m) => m[1] ?? m[2] ?? m[3]);
}

const local = (page: string): string[] =>
  scriptSrcs(page)
    .filter((src) => !/^https?:/.test(src))
    .map((src) => path.join(DIST, src.replace(/^\//, '')));

const gzip = (file: string): number => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

export function ensureDist(): void {
  if (fs.existsSync(path.join(DIST, 'taskpane.html')) && fs.existsSync(path.join(DIST, 'commands.html'))) return;
  console.log('dist/ missing: npx webpack --mode production');
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/webpack'), ['--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('production build failed');
}

export async function run(): Promise<unknown> {
  ensureDist();
  const taskpane = local('taskpane.html');
  const commands = local('commands.html');
  const initial = new Set([...taskpane, ...commands]);
  const others = fs
    .readdirSync(DIST)
    .filter((f) => f.endsWith('.js') && !initial.has(path.join(DIST, f)))
    .map((f) => path.join(DIST, f));
  const row = (label: string, files: string[]): [string, string, string, string] => [
    label,
    files.map((f) => path.basename(f)).join(' + ') || '—',
    kb(files.reduce((n, f) => n + fs.statSync(f).size, 0)),
    kb(files.reduce((n, f) => n + gzip(f), 0)),
  ];
  const figures = {
    taskpaneInitialGzip: taskpane.reduce((n, f) => n + gzip(f), 0),
    commandsGzip: commands.reduce((n, f) => n + gzip(f), 0),
    taskpaneInitialRaw: taskpane.reduce((n, f) => n + fs.statSync(f).size, 0),
    commandsRaw: commands.reduce((n, f) => n + fs.statSync(f).size, 0),
    lazyChunks: others.map((f) => ({ file: path.basename(f), gzip: gzip(f) })),
    builtAt: fs.statSync(path.join(DIST, 'taskpane.html')).mtime.toISOString(),
  };
  printTable(['bundle', 'files', 'raw', 'gzip -9'], [row('task pane (initial)', taskpane), row('commands', commands), ...(others.length ? [row('other chunks (lazy)', others)] : [])]);
  console.log(
    `targets: commands ≤ 60 KB gzip ${figures.commandsGzip <= 60 * 1024 ? 'met' : 'MISSED'}; task pane initial ≤ 250 KB gzip ${figures.taskpaneInitialGzip <= 250 * 1024 ? 'met' : 'MISSED'}  (dist/ built ${figures.builtAt})`,
  );
  return figures;
}
