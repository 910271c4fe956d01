/** Exact rational time for the reader, so that triplets and other tuplets add up without drift. */

/** Exact rational time, so that triplets and other tuplets add up without drift. */
export interface Fraction {
  num: number;
  den: number;
}

export function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a || 1;
}

export function fraction(num: number, den: number): Fraction {
  const g = gcd(num, den);
  return den < 0 ? { num: -num / g, den: -den / g } : { num: num / g, den: den / g };
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function multiplyFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.num, a.den * b.den);
}

export function fractionValue(f: Fraction): number {
  return f.num / f.den;
}

/** abcjs gives durations as floats; they are small rationals (L: times note multipliers). */
export function floatToFraction(x: number): Fraction {
  let [h0, h1, k0, k1] = [0, 1, 1, 0];
  let rest = x;
  for (let i = 0; i < 40; i++) {
    const whole = Math.floor(rest);
    [h0, h1] = [h1, whole * h1 + h0];
    [k0, k1] = [k1, whole * k1 + k0];
    if (Math.abs(h1 / k1 - x) < 1e-9 || k1 > 1e6) break;
    rest = 1 / (rest - whole);
    if (!Number.isFinite(rest)) break;
  }
  return fraction(h1, k1);
}

export const ZERO: Fraction = { num: 0, den: 1 };
/** abcjs measures durations in whole notes; the corpus in quarter notes. */
export const QUARTERS_PER_WHOLE: Fraction = { num: 4, den: 1 };
