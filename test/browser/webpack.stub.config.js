/* Bundles test/browser/officeStub.ts (the fake Excel behind Office/Excel globals) into one script for the browser test. */
const path = require('node:path');

module.exports = (outDir) => ({
  mode: 'development',
  devtool: false,
  target: 'web',
  context: path.resolve(__dirname, '../..'),
  entry: { 'office-stub': './test/browser/officeStub.ts' },
  output: { path: outDir, filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } },
        },
      },
    ],
  },
});
