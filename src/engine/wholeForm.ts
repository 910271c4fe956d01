/**
 * Decoding until a tune's form is filled N times (`--choruses N`): the number of values is what the form takes,
 * not a count given in advance, so decoding asks the form's guide (core/solo/wholeForm.ts) after every value
 * whether it is done. Each step is the same as `generateIndices` (model/sampling.ts) takes it: the guide
 * reweights, the seeded sampler draws (or greedy takes the most likely), the choice is fed back.
 */
import { UserFacingError } from '../shared/errors';
import { argmax } from '../core/numeric';
import { createRng } from '../core/random';

import type { WholeFormGuide } from '../core/solo/wholeForm';
import type { LstmSampler } from '../model/lstmCell';
import { sampleIndex } from '../model/sampling';
import { LIMITS } from '../shared/limits';

export interface WholeFormDecoding {
  seed: number;
  greedy: boolean;
  temperature: number;
  topK: number;
  guide: WholeFormGuide;
}

/** Value indices until the guide's form is filled; never more than the documented maximum of steps. */
export function generateWholeForm(sampler: LstmSampler, options: WholeFormDecoding): number[] {
  const { guide } = options;
  const rng = createRng(options.seed);
  sampler.reset();
  let probabilities = sampler.step(-1);
  const indices: number[] = [];
  while (!guide.filled) {
    if (indices.length >= LIMITS.steps.max) {
      throw new UserFacingError(`the form takes more than ${LIMITS.steps.max} values to fill: ask for fewer choruses`);
    }
    guide.adjust(probabilities);
    const choice = options.greedy
      ? argmax(probabilities)
      : sampleIndex(probabilities, options.temperature, options.topK, rng);
    guide.accept(choice);
    indices.push(choice);
    if (!guide.filled) probabilities = sampler.step(choice);
  }
  return indices;
}
