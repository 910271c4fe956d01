import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedModel } from '../model/store/folder';

/**
 * Keeps loaded models in memory so a second generation skips the disk: the extension generates many solos
 * from one model. An entry is reused only while its files are unchanged (a retrain replaces the folder).
 */
class LoadedModelCache {
  private readonly entries = new Map<string, { stamp: string; model: Promise<LoadedModel> }>();

  async get(dir: string, load: (dir: string) => Promise<LoadedModel>): Promise<LoadedModel> {
    const stamp = folderStamp(dir);
    const cached = this.entries.get(dir);
    if (cached && cached.stamp === stamp) return cached.model;
    const model = load(dir);
    this.entries.set(dir, { stamp, model });
    model.catch(() => this.entries.delete(dir));
    return model;
  }

  forget(dir: string): void {
    this.entries.delete(dir);
  }
}

function folderStamp(dir: string): string {
  return ['model.json', 'weights.bin', 'vocabulary.json', 'metadata.json']
    .map((name) => {
      try {
        const s = statSync(join(dir, name));
        return `${s.size}:${s.mtimeMs}:${s.ino}`;
      } catch {
        return 'missing';
      }
    })
    .join('|');
}

export const loadedModelCache = new LoadedModelCache();
