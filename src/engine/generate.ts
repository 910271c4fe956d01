/** The generation use case: a model, a progression and decoding options in; a solo as ABC and MIDI out. */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parsedValues } from '../core/solo/vocabulary';
import {
  parseProgression,
  parseMeter,
  DEFAULT_PROGRESSION,
  DEFAULT_TEMPO,
  keyForProgression,
  parseKeyName,
} from '../core/theory/progression';
import { realiseSolo } from '../core/solo/realiser';
import { BUNDLED_CORPUS_REGISTER } from '../core/solo/melodicLine';
import { BeatGuide } from '../core/solo/beatGuide';
import { writeAbc } from '../core/formats/abcWriter';
import { writeMidi } from '../core/formats/midiWriter';
import { type LeadInstrument } from '../core/band';
import { randomSeed } from '../core/random';
import { UserFacingError, type Solo, TICKS_PER_QUARTER } from '../core/types';
import { checkInRange, checkOptionalInRange, LIMITS } from '../core/limits';
import { LstmSampler } from '../model/lstmCell';
import { generateIndices, DEFAULT_SAMPLING } from '../model/sampling';
import { DEFAULT_MODEL_DIR } from './paths';
import { loadModel } from './models';
import { arrangeBandForSolo, DEFAULT_BAND_OPTIONS } from './abcBand';
import { DEFAULTS } from '../shared/defaults';

export interface GenerateOptions {
  modelDir?: string;
  steps?: number;
  temperature?: number;
  topK?: number;
  greedy?: boolean;
  seed?: number;
  /** A progression such as "| Dm7 G7 | Cmaj7 | A7 |"; the default is a jazz blues in F. */
  chords?: string;
  tempo?: number;
  key?: string;
  /** 0.5 straight to 0.75 hard swing; a playback hint written into the ABC. */
  swing?: number;
  title?: string;
  /** "4/4" (default), "3/4", "6/8", "12/8" ...; a "M:3/4" field at the start of `chords` wins over it. */
  meter?: string;
  /** Steer decoding, greedy too, towards chord tones on strong beats (default true). The rhythm rules always hold. */
  harmonyGuide?: boolean;
  /** The MIDI file's rhythm section (bass, comping, drums); default on. false: the solo alone. */
  band?: boolean;
  /** The lead's instrument in the MIDI file (default tenor sax). */
  lead?: LeadInstrument;
}

export interface GenerateResult {
  abc: string;
  /** The solo as a standard MIDI file (lead, and the band unless `band: false`), built when first read. */
  readonly midi: Uint8Array;
  values: string[];
  seed: number;
  modelName: string;
  modelDir: string;
  seconds: number;
  solo: Solo;
}

/** Every number a caller gives generation, in its documented range (LIMITS), or one clear error. */
function checkGenerationValues(options: GenerateOptions): void {
  checkOptionalInRange(LIMITS.seed, options.seed, 'seed');
  checkOptionalInRange(LIMITS.tempo, options.tempo, 'tempo');
  checkOptionalInRange(LIMITS.swing, options.swing, 'swing');
  checkOptionalInRange(LIMITS.topK, options.topK, 'top-k');
  if (options.temperature !== undefined && !options.greedy) {
    checkInRange(LIMITS.temperature, options.temperature, 'temperature');
    if (options.temperature === 0)
      throw new UserFacingError('temperature 0 is greedy decoding: ask for greedy instead');
  }
}

export async function generateSolo(options: GenerateOptions = {}): Promise<GenerateResult> {
  const started = performance.now();
  const modelDir = resolve(options.modelDir ?? DEFAULT_MODEL_DIR);
  const model = await loadModel(modelDir);
  const steps = checkInRange(LIMITS.steps, options.steps ?? DEFAULTS.steps, 'steps');
  checkGenerationValues(options);
  const seed = options.seed ?? randomSeed();
  const meter = options.meter === undefined ? undefined : parseMeter(options.meter, 'meter');
  const progression = parseProgression(options.chords ?? DEFAULT_PROGRESSION, meter);
  const greedy = options.greedy ?? false;
  const guided = options.harmonyGuide !== false;
  // The guide is the solo's clock: it places every value, so it runs for greedy decoding too.
  const guide = new BeatGuide(parsedValues(model.vocabulary), progression.meter, {
    ...model.metadata.style,
    ...(guided ? {} : { strongBeatChordToneRatio: 0 }),
  });
  const sampler = new LstmSampler(model.weights);
  const indices = generateIndices(sampler, {
    steps,
    seed,
    greedy,
    temperature: options.temperature ?? DEFAULT_SAMPLING.temperature,
    topK: options.topK ?? DEFAULT_SAMPLING.topK,
    guide,
  });
  const values = indices.map((i) => model.vocabulary.values[i]);
  const vocabulary = parsedValues(model.vocabulary);
  const key = options.key ? parseKeyName(options.key) : keyForProgression(progression);
  const modelName = model.metadata.name;
  const sampling = greedy
    ? 'greedy'
    : `temperature ${options.temperature ?? DEFAULT_SAMPLING.temperature}, top-k ${options.topK ?? DEFAULT_SAMPLING.topK}`;
  const decoding = `${sampling}${guided ? ', harmony-guided' : ''}`;
  const solo = realiseSolo(
    indices.map((i) => vocabulary[i]),
    progression,
    {
      seed,
      key,
      tempo: options.tempo ?? DEFAULT_TEMPO,
      swing: options.swing,
      title: options.title ?? DEFAULTS.title,
      subtitle: `model ${modelName}, seed ${seed}, ${decoding}`,
      spans: guide.spans,
      register: model.metadata.register ?? BUNDLED_CORPUS_REGISTER,
    },
  );
  const abc = writeAbc(solo);
  let midi: Uint8Array | undefined;
  return {
    abc,
    // Built on first read: most callers (the editor command, the bench) want only the ABC.
    get midi() {
      midi ??= writeMidi(solo, {
        band:
          options.band === false
            ? undefined
            : arrangeBandForSolo(
                solo,
                { ...DEFAULT_BAND_OPTIONS, seed },
                progression.lengthQuarters * TICKS_PER_QUARTER,
              ),
        lead: options.lead,
      });
      return midi;
    },
    values,
    seed,
    modelName,
    modelDir,
    seconds: (performance.now() - started) / 1000,
    solo,
  };
}
