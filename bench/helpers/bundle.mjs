/**
 * The benches' esbuild bundles (their TypeScript helpers, the gradient worker), built as scripts/build.mjs builds
 * the shipped ones: CommonJS for Node 20, native tfjs optional, `vscode` left to the fake of test/fakes (found
 * through NODE_PATH).
 */

/**
 * @param {string} root the project folder
 * @param {Record<string, unknown>} options esbuild's: entryPoints and outdir (or outfile), outExtension ...
 */
export async function bundleForBench(root, options) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('esbuild is not installed: run `npm ci` in the project folder first');
  }
  await esbuild.build({
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', '@tensorflow/tfjs-node'],
    logLevel: 'warning',
    absWorkingDir: root,
    ...options,
  });
}
