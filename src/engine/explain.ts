/**
 * What the network was thinking, step by step (`generate --explain`): the value chosen and how likely it was in
 * the distribution it was drawn from, the network's five most likely values, its entropy, what decoding changed
 * (values masked by the rhythmic grid or the notation rules, re-weighted by the silence share, the corpus's
 * rhythm or the harmony guide), and the ABC note the step became (its place in the ABC text).
 */
import { type TickSpan } from '../core/solo/rhythmClock';
import { TICKS_PER_QUARTER } from '../shared/ticks';
import type { GuideRecorder, GuideStage } from '../core/solo/beatGuide';
import type { DecodedStep, DecodingObserver } from '../model/sampling';
import { readAbcText } from '../core/formats/abcReader';

export const EXPLAINED_TOP_VALUES = 5;

/** Why decoding changed a value's probability at a step. */
export type DecodingChangeKind = 'grid' | 'notation' | 'silence' | 'breath' | 'rhythm' | 'harmony';

export const DECODING_CHANGE_WORDS: Record<DecodingChangeKind, string> = {
  grid: 'masked by the rhythmic grid',
  notation: 'masked by the notation rules (no silence of a bar, no fragment, end on a note)',
  silence: "held back by the corpus's silence share",
  breath: 'masked: a phrase as long as the corpus breathes here',
  rhythm: "re-weighted towards the corpus's rhythm",
  harmony: 're-weighted by the harmony guide (the strong beat)',
};

export interface ValueProbability {
  value: string;
  probability: number;
}

export interface DecodingChange {
  kind: DecodingChangeKind;
  /** Values set to probability 0. */
  masked: number;
  /** Values made more or less likely. */
  reweighted: number;
  /** The most likely (to the network) of the values it changed, with the factor applied (0: masked). */
  examples: Array<{ value: string; networkProbability: number; factor: number }>;
}

/** Where in the ABC text the step's note (or rest) is written. */
export interface ExplainedNote {
  /** Character offsets into the ABC text (end exclusive), and the 1-based line and column of the start. */
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
  /** Sounding MIDI pitch; null for a rest. */
  pitch: number | null;
  /** Onset in quarter notes from the start of the solo. */
  onset: number;
}

export interface StepExplanation {
  /** 0-based index of the generated value. */
  step: number;
  value: string;
  /** In the distribution the value was drawn from (after decoding, temperature and top-k; greedy: renormalised). */
  probability: number;
  /** The network's own probability for it, and its rank there (1: the network's favourite). */
  networkProbability: number;
  networkRank: number;
  /** The network's most likely values. */
  top: ValueProbability[];
  /** Of the network's distribution, in nats (ln of the number of values when uniform). */
  entropy: number;
  changes: DecodingChange[];
  /** Absent when the step made no symbol of its own (cannot happen in a realised solo, but a reader never guesses). */
  note?: ExplainedNote;
}

export interface SoloExplanation {
  decoding: string;
  steps: StepExplanation[];
}

interface StageDiff {
  kind: DecodingChangeKind;
  value: number;
  factor: number;
}

/** Watches decoding (as the sampling observer and the guide's recorder) and keeps what each step did. */
export class DecodingExplainer implements DecodingObserver, GuideRecorder {
  private previous?: Float32Array;
  private network?: Float32Array;
  private stageDiffs: StageDiff[] = [];
  private readonly steps: Array<Omit<StepExplanation, 'note'>> = [];

  constructor(
    private readonly values: readonly string[],
    private readonly greedy: boolean,
  ) {}

  beforeGuide(_step: number, network: Float32Array): void {
    this.network = network;
    this.previous = Float32Array.from(network);
    this.stageDiffs = [];
  }

  afterStage(stage: GuideStage, probabilities: Float32Array, onGrid?: (value: number) => boolean): void {
    this.diff(probabilities, (value, masked) => {
      if (stage === 'rules') return masked ? (onGrid?.(value) === false ? 'grid' : 'notation') : 'silence';
      return stage === 'breath' ? 'breath' : 'rhythm';
    });
  }

  onStep({ step, network, guided, drawn, choice }: DecodedStep): void {
    if (!this.previous) this.beforeGuide(step, network);
    this.diff(guided, () => 'harmony');
    const drawnFrom = drawn ?? renormalised(guided);
    const ranked = Array.from(network.keys()).sort((a, b) => network[b] - network[a] || a - b);
    this.steps.push({
      step,
      value: this.values[choice],
      probability: drawnFrom[choice],
      networkProbability: network[choice],
      networkRank: ranked.indexOf(choice) + 1,
      top: ranked.slice(0, EXPLAINED_TOP_VALUES).map((v) => ({ value: this.values[v], probability: network[v] })),
      entropy: entropy(network),
      changes: this.summarise(network),
    });
    this.previous = undefined;
  }

  /** The explanation of every step, each with the ABC symbol it became. */
  finish(abc: string, spans: readonly TickSpan[], decoding: string): SoloExplanation {
    const notes = abcNotesBySpan(abc, spans);
    return {
      decoding,
      steps: this.steps.map((step) => ({ ...step, ...(notes[step.step] ? { note: notes[step.step] } : {}) })),
    };
  }

  private diff(next: Float32Array, kindOf: (value: number, masked: boolean) => DecodingChangeKind): void {
    const before = this.previous;
    if (!before) return;
    for (let v = 0; v < next.length; v++) {
      if (!(before[v] > 0) || next[v] === before[v]) continue;
      const masked = next[v] === 0;
      this.stageDiffs.push({ kind: kindOf(v, masked), value: v, factor: masked ? 0 : next[v] / before[v] });
    }
    this.previous = Float32Array.from(next);
  }

  private summarise(network: Float32Array): DecodingChange[] {
    const byKind = new Map<DecodingChangeKind, StageDiff[]>();
    for (const diff of this.stageDiffs) byKind.set(diff.kind, [...(byKind.get(diff.kind) ?? []), diff]);
    return [...byKind].map(([kind, diffs]) => ({
      kind,
      masked: diffs.filter((d) => d.factor === 0).length,
      reweighted: diffs.filter((d) => d.factor !== 0).length,
      examples: diffs
        .slice()
        .sort((a, b) => network[b.value] - network[a.value])
        .slice(0, 3)
        .map((d) => ({ value: this.values[d.value], networkProbability: network[d.value], factor: d.factor })),
    }));
  }
}

function renormalised(probabilities: Float32Array): Float64Array {
  let total = 0;
  for (const p of probabilities) total += p;
  return Float64Array.from(probabilities, (p) => (total > 0 ? p / total : 0));
}

function entropy(probabilities: Float32Array): number {
  let sum = 0;
  for (const p of probabilities) if (p > 0) sum -= p * Math.log(p);
  return sum;
}

/**
 * The written symbol of each step: the ABC is read back, and step s is the note (or rest) sounding at the start
 * of its span. Reading back rather than asking the writer keeps the answer true to the text a user reads.
 */
function abcNotesBySpan(abc: string, spans: readonly TickSpan[]): Array<ExplainedNote | undefined> {
  const tune = readAbcText(abc, 'solo.abc').tunes[0];
  if (!tune) return [];
  return spans.map((span) => {
    const onset = span.start / TICKS_PER_QUARTER;
    const written = tune.notes.find((n) => n.start <= onset + 1e-9 && onset < n.start + n.duration - 1e-9);
    const source = written?.source;
    if (!written || !source || source.startChar === undefined || source.endChar === undefined) return undefined;
    return {
      start: source.startChar,
      end: source.endChar,
      line: source.line,
      column: source.column ?? 1,
      text: abc.slice(source.startChar, source.endChar),
      pitch: written.pitch,
      onset: span.start / TICKS_PER_QUARTER,
    };
  });
}

/** One line of what decoding changed at a step: "masked by the rhythmic grid: 12 masked". */
export function describeDecodingChange(change: DecodingChange): string {
  const counts = [
    change.masked ? `${change.masked} masked` : '',
    change.reweighted ? `${change.reweighted} re-weighted` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${DECODING_CHANGE_WORDS[change.kind]}: ${counts}`;
}

/** The explanation as a text table for the terminal, one block per step. */
export function formatExplanation(explanation: SoloExplanation): string {
  const lines = [`decoding: ${explanation.decoding}`];
  for (const step of explanation.steps) {
    const where = step.note ? ` -> ${step.note.text.trim()} (line ${step.note.line}, col ${step.note.column})` : '';
    lines.push(
      `step ${step.step + 1}: ${step.value}  p=${step.probability.toFixed(3)} (network ${step.networkProbability.toFixed(3)}, rank ${step.networkRank})  entropy ${step.entropy.toFixed(2)}${where}`,
    );
    lines.push(
      `  network top ${step.top.length}: ${step.top.map((t) => `${t.value} ${t.probability.toFixed(3)}`).join(', ')}`,
    );
    for (const change of step.changes) lines.push(`  ${describeDecodingChange(change)}`);
  }
  return `${lines.join('\n')}\n`;
}
