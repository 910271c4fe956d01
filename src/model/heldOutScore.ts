/** The trained network as a next-value model for held-out scoring (core/solo/heldout.ts), as generation runs it. */
import { scoreHeldOut, UNKNOWN_INDEX, type HeldOutScore, type NextValueModel } from '../core/solo/heldout';
import { LstmSampler } from './lstmCell';
import type { NetworkWeights } from './network';

/** Fed value by value from x0; an unknown value is fed as x0's zero vector. */
export function lstmNextValueModel(weights: NetworkWeights): NextValueModel {
  const sampler = new LstmSampler(weights);
  return {
    start(prime) {
      sampler.reset();
      let probabilities = sampler.step(-1);
      for (const index of prime) probabilities = sampler.step(index === UNKNOWN_INDEX ? -1 : index);
      return probabilities;
    },
    advance: (index) => sampler.step(index === UNKNOWN_INDEX ? -1 : index),
  };
}

/** Held-out sequences as vocabulary indices (UNKNOWN_INDEX for a value the network has no output for). */
export interface HeldOutIndices {
  prime: readonly number[];
  target: readonly number[];
}

/** Mean negative log-likelihood per held-out value (nats) and the rest of the score, for these weights. */
export function scoreNetworkHeldOut(weights: NetworkWeights, sequences: readonly HeldOutIndices[]): HeldOutScore {
  return scoreHeldOut(sequences, lstmNextValueModel(weights));
}
