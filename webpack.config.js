/* Builds the add-in: dist/taskpane.html (React + Fluent UI), dist/commands.html (ribbon functions, no React),
   dist/assets/, dist/manifest.xml. Production: `npx webpack --mode production`; the manifest's dev URL
   (https://localhost:3000/) becomes ADDIN_URL, e.g. ADDIN_URL=https://addin.example.cn/selfeval/.
   Dev server: `npm run dev-server` (https on port 3000). Trusted certificates: run `npx office-addin-dev-certs install`
   once; they are read from ~/.office-addin-dev-certs. */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const URL_DEV = 'https://localhost:3000/';
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** The production URL, always ending with "/". Without ADDIN_URL the dev URL is kept (local testing). */
function productionUrl() {
  const url = process.env.ADDIN_URL;
  if (!url) return URL_DEV;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL must be an https URL, got ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

/** office-addin-dev-certs' files, when installed; else webpack-dev-server's own self-signed certificate. */
function devCerts() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
    console.warn('No ~/.office-addin-dev-certs: run `npx office-addin-dev-certs install` so Office trusts https://localhost:3000.');
    return {};
  }
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const urlProd = productionUrl();
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'cheap-module-source-map' : 'source-map', // no eval: the pages' CSP forbids it
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
      // Office's webviews all have globalThis: no `new Function('return this')` fallback (CSP forbids eval).
      environment: { globalThis: true },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules for tree shaking; type checking is `npm run typecheck`'s job.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        // Only the task pane is split; the commands bundle stays one small file.
        chunks: (chunk) => chunk.name === 'taskpane',
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 20 },
          fluent: { test: /[\\/]node_modules[\\/]/, name: 'fluent', priority: 10 },
        },
      },
    },
    performance: {
      hints: dev ? false : 'warning',
      // Uncompressed bytes; the gzip targets (task pane ≤ 250 KB, commands ≤ 60 KB) are checked by test/browser.
      maxEntrypointSize: 900 * 1024,
      maxAssetSize: 600 * 1024,
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/*.html', to: 'assets/[name][ext]' },
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform: (content) => (dev ? content : content.toString().split(URL_DEV).join(urlProd)),
          },
        ],
      }),
    ],
    devServer: {
      hot: true,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: env.WEBPACK_SERVE ? devCerts() : {} },
      port: PORT,
      static: { directory: path.resolve(__dirname, 'dist') },
    },
  };
};
