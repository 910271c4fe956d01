// The extension's training worker from its TypeScript source: a worker thread starts without the test's tsx
// loader, so this entry registers it first (the extension itself runs the bundle, dist/trainWorker.js).
require('tsx/cjs/api').register();
require('../../../src/extension/training/trainWorker.ts');
