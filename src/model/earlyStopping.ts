/**
 * Choosing the training epoch by held-out likelihood: after every epoch the network scores held-out
 * sequences; the best epoch's weights are kept, and training stops once `patience` epochs have passed
 * without a better score.
 */
import type { NetworkWeights } from './network';
import { scoreNetworkHeldOut, type HeldOutIndices } from './heldOutScore';

export interface HeldOutTraining {
  sequences: readonly HeldOutIndices[];
  /** Epochs without a better held-out NLL before training stops. */
  patience: number;
}

export class BestEpochKeeper {
  /** Held-out NLL per epoch (nats per value), in order. */
  readonly curve: number[] = [];
  /** 1-based; 0 before the first epoch. */
  bestEpoch = 0;
  private bestNll = Infinity;
  private best?: NetworkWeights;

  constructor(private readonly heldOut: HeldOutTraining) {
    if (!Number.isInteger(heldOut.patience) || heldOut.patience < 1)
      throw new RangeError(`patience must be a whole number >= 1, got ${heldOut.patience}`);
  }

  /** Scores the weights at the end of `epoch` and keeps them when they are the best so far; returns the NLL. */
  observe(epoch: number, weights: NetworkWeights): number {
    const { nll } = scoreNetworkHeldOut(weights, this.heldOut.sequences);
    this.curve.push(nll);
    // Ties keep the earlier epoch: as good, with fewer updates.
    if (nll < this.bestNll || this.best === undefined) {
      this.bestNll = nll;
      this.bestEpoch = epoch;
      this.best = weights;
    }
    return nll;
  }

  /** True once `patience` epochs have gone by since the best one. */
  shouldStop(epoch: number): boolean {
    return epoch - this.bestEpoch >= this.heldOut.patience;
  }

  get bestWeights(): NetworkWeights | undefined {
    return this.best;
  }
}
