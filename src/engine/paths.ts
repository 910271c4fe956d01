/** Where the package's shipped files are: the default model and the bundled corpus. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_MODEL_FOLDER } from '../shared/defaults';

const PACKAGE_NAME = 'jazz-solo-lstm';

/**
 * The folder holding this package's package.json. The engine runs from src/ (tsx), from out/ (tsc) and from
 * dist/ (esbuild bundles, also inside an installed .vsix), so paths to shipped files are found by walking up.
 */
export function findPackageRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, 'utf8')).name === PACKAGE_NAME) return dir;
      } catch {
        // An unreadable package.json of another package: keep walking up.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package folder above ${start}`);
    dir = parent;
  }
}

export const PACKAGE_ROOT = findPackageRoot();
export const DEFAULT_MODEL_DIR = join(PACKAGE_ROOT, ...DEFAULT_MODEL_FOLDER);
export const DEFAULT_CORPUS_DIR = join(PACKAGE_ROOT, 'corpus');
