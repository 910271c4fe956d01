/**
 * How many epochs training runs. Given `--epochs N`, N on the whole corpus, as the reference did. Otherwise a
 * seeded part of the corpus is held out (whole tunes when there are enough, else each tune's tail) and the
 * epoch is chosen by its likelihood: training stops `patience` epochs after the best held-out NLL and keeps
 * that epoch's weights (measured last round: 3 epochs best on one corpus, 15 on another).
 */
import { assertTrainable } from '../core/io/corpus';
import { splitHeldOut, UNKNOWN_INDEX } from '../core/solo/heldout';
import type { Vocabulary } from '../core/solo/vocabulary';
import { windowsInsideTunes } from '../core/solo/dataset';
import { LIMITS } from '../shared/limits';
import type { HeldOutTraining } from '../model/earlyStopping';

/** The share of the corpus held out to choose the epoch (the evaluation's default share too). */
export const EPOCH_CHOICE_HELDOUT_SHARE = 0.1;
/** Without a better held-out NLL for this many updates (at least 3 epochs), training stops. */
export const PATIENCE_UPDATES = 20;
export const MIN_PATIENCE_EPOCHS = 3;
/**
 * Fewer held-out values than this cannot choose an epoch: on the reference corpus (one solo of 200 values) the
 * 20 values of its tail are mostly unseen transitions, and their NLL rises from the first epoch on while the
 * network learns the solo (measured: 4.58 nats at epoch 1, 5.47 at epoch 11). Such a corpus trains on the
 * reference's fixed schedule.
 */
export const MIN_HELDOUT_VALUES = 100;
/** Automatic training runs at most this many times the updates of the reference's fixed schedule. */
export const MAX_EPOCHS_FACTOR = 10;

export type EpochPlan =
  | { kind: 'forced'; epochs: number }
  | {
      kind: 'held-out';
      /** The most epochs that run. */
      maxEpochs: number;
      heldOut: HeldOutTraining;
      /** What training learns from: the corpus without its held-out part. */
      tokens: Int32Array;
      tuneLengths: number[];
      heldOutValues: number;
      split: 'tunes' | 'tails';
    }
  | { kind: 'too-small'; epochs: number; reason: string };

export interface EpochPlanInput {
  /** Each tune's values, in corpus order. */
  tuneValues: readonly (readonly string[])[];
  vocabulary: Vocabulary;
  tx: number;
  batchSize: number;
  windows: 'reference' | 'all';
  m: number;
  seed: number;
  /** The epochs the reference's schedule gives this corpus (automaticEpochs). */
  automaticEpochs: number;
  epochs?: number;
  patience?: number;
}

function updatesPerEpoch(input: EpochPlanInput, tuneLengths: readonly number[], total: number): number {
  if (input.windows === 'reference') return Math.ceil(input.m / input.batchSize);
  const windows = windowsInsideTunes(new Int32Array(total), tuneLengths, input.tx).starts.length;
  return Math.max(1, Math.ceil(windows / input.batchSize));
}

export function planEpochs(input: EpochPlanInput): EpochPlan {
  if (input.epochs !== undefined) return { kind: 'forced', epochs: input.epochs };
  const split = splitHeldOut(input.tuneValues, {
    share: EPOCH_CHOICE_HELDOUT_SHARE,
    seed: input.seed,
    split: 'auto',
    contextLength: input.tx - 1,
  });
  try {
    assertTrainable(split.training, input.tx);
  } catch {
    return {
      kind: 'too-small',
      epochs: input.automaticEpochs,
      reason: `without a held-out part the corpus is too small to train on windows of ${input.tx}`,
    };
  }
  const toIndices = (values: readonly string[]) =>
    values.map((value) => {
      const index = input.vocabulary.indexOf(value);
      return index < 0 ? UNKNOWN_INDEX : index;
    });
  const sequences = split.heldout.map((sequence) => ({
    prime: toIndices(sequence.prime),
    target: toIndices(sequence.target),
  }));
  const heldOutValues = sequences.reduce((sum, s) => sum + s.target.length, 0);
  if (heldOutValues < MIN_HELDOUT_VALUES) {
    return {
      kind: 'too-small',
      epochs: input.automaticEpochs,
      reason: `a tenth of the corpus, ${heldOutValues} values, is too few to choose the epoch by (${MIN_HELDOUT_VALUES} are needed)`,
    };
  }
  const tokens = Int32Array.from(split.training, (value) => input.vocabulary.indexOf(value));
  const perEpoch = updatesPerEpoch(input, split.trainingTuneLengths, tokens.length);
  const patience = input.patience ?? Math.max(MIN_PATIENCE_EPOCHS, Math.ceil(PATIENCE_UPDATES / perEpoch));
  const maxEpochs = Math.min(
    LIMITS.epochs.max,
    Math.max(MAX_EPOCHS_FACTOR * input.automaticEpochs, input.automaticEpochs + 2 * patience),
  );
  return {
    kind: 'held-out',
    maxEpochs,
    heldOut: { sequences, patience },
    tokens,
    tuneLengths: split.trainingTuneLengths,
    heldOutValues,
    split: split.split,
  };
}
