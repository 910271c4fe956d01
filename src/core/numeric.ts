/** Numeric helpers the model and the evaluation share. */

/** The index of the largest value (ties: the lower index), as greedy decoding and accuracy both count it. */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}
