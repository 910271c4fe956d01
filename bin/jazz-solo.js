#!/usr/bin/env node
'use strict';
// The CLI is bundled by `npm run build` (run by npm's prepare step after `npm ci`) into dist/cli.js.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(bundle)) {
  process.stderr.write('jazz-solo: dist/cli.js is missing; run `npm run build` in the project folder first\n');
  process.exit(2);
}
require(bundle)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
