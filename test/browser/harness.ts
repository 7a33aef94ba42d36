/** The browser test's and the task-pane benchmark's shared pieces: a static server for dist/ and the office.js stub. */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import webpack from 'webpack';

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const CHROMIUM = '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `dir` on 127.0.0.1 (a free port); nothing outside it. */
export function serveDir(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.resolve(dir, `.${rel}`);
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Bundles the office.js stub (fake Excel, browser-safe) into `outDir` and returns its source. `configFile` is given by
 * callers compiled outside test/browser (the benchmarks).
 */
export function buildOfficeStub(outDir: string, configFile = path.join(__dirname, 'webpack.stub.config.js')): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = (require(configFile) as (out: string) => webpack.Configuration)(outDir);
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err || !stats || stats.hasErrors()) reject(err ?? new Error(stats?.toString('errors-only')));
      else resolve(fs.readFileSync(path.join(outDir, 'office-stub.js'), 'utf8'));
    }),
  );
}
