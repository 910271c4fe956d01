import { defaultPython, torchVersion } from '../../../src/model/pytorch/pytorchTrainer';

/** A test's skip reason when no Python with torch is found (Debian: python3-torch), else false. */
export function torchMissing(): string | false {
  try {
    torchVersion(defaultPython());
    return false;
  } catch (error) {
    return `skipped: ${(error as Error).message}`;
  }
}
