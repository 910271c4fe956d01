/**
 * Loads h5wasm once: from dist/hdf5.js beside the running bundle (see hdf5Library.ts), or from node_modules
 * when the sources run unbundled (tests, tsx).
 */
import { join } from 'node:path';

export type Hdf5 = typeof import('./hdf5Library');

/** Not a literal, so that esbuild leaves h5wasm out of the bundles that import this file. */
const H5WASM_MODULE = 'h5wasm/node';

let loading: Promise<Hdf5> | undefined;

export function loadHdf5(): Promise<Hdf5> {
  loading ??= (async () => {
    const library = bundledLibrary() ?? ((await import(H5WASM_MODULE)) as Hdf5);
    await library.ready;
    return library;
  })();
  return loading;
}

/** The separate bundle, when this code runs from a bundle in dist/. */
function bundledLibrary(): Hdf5 | undefined {
  if (typeof __dirname !== 'string' || !__filename.endsWith('.js')) return undefined;
  try {
    return require(join(__dirname, 'hdf5.js')) as Hdf5;
  } catch {
    return undefined;
  }
}
