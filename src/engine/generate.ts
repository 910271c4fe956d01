/** The generation use case: a model, a progression and decoding options in; a solo as ABC and MIDI out. */
import { TICKS_PER_QUARTER } from '../shared/ticks';
import { UserFacingError } from '../shared/errors';
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
import { PARTS, type PartName } from '../shared/parts';
import { writeMidi } from '../core/formats/midiWriter';
import { type LeadInstrument } from '../core/band';
import { randomSeed } from '../core/random';
import { type Solo } from '../core/types';
import { checkInRange, checkOptionalInRange, LIMITS } from '../shared/limits';
import { LstmSampler } from '../model/lstmCell';
import { generateIndices, DEFAULT_SAMPLING } from '../model/sampling';
import { leadSheetChords, transposeLeadSheet, type LeadSheet } from '../core/theory/tunes';
import { WholeFormGuide, endOnChordTone } from '../core/solo/wholeForm';
import { generateWholeForm } from './wholeForm';
import { DEFAULT_MODEL_DIR } from './paths';
import { loadModel } from './models';
import { arrangeBandForSolo, DEFAULT_BAND_OPTIONS } from './abcBand';
import { DEFAULTS } from '../shared/defaults';
import { DecodingExplainer, type SoloExplanation } from './explain';

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
  /**
   * A tune's lead sheet (engine `findTune`, `readIrealSource`): its chords, meter, and by default its title, key
   * and tempo; `key` moves the tune to another key. Instead of `chords`.
   */
  sheet?: LeadSheet;
  /**
   * Cover the form (the tune's, or the progression's) exactly this many times and end on a resolution at the end
   * of the last chorus; the number of values follows. Instead of `steps`.
   */
  choruses?: number;
  /** The part the ABC is written for (default concert pitch): see src/shared/parts.ts. The sound stays concert. */
  part?: PartName;
  /** Keep what the network weighed at every step and what decoding changed (see explain.ts); with `steps` only. */
  explain?: boolean;
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
  /** One pass of the progression in ticks: the band's choruses (the MusicXML and sheet exports arrange as the MIDI). */
  chorusTicks: number;
  /** With `explain`: every step's choice, the network's top values, what decoding changed, the ABC note it became. */
  explanation?: SoloExplanation;
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

/**
 * Progressions by meter and text, parsed once: every solo over the same changes (the default's, most of all)
 * parsed them again, a twentieth of a warm generation. Progressions are only read after parsing.
 */
const progressionCache = new Map<string, ReturnType<typeof parseProgression>>();
const PROGRESSION_CACHE_SIZE = 64;

function parsedProgression(
  text: string,
  meter: Parameters<typeof parseProgression>[1],
): ReturnType<typeof parseProgression> {
  const key = `${meter ? `${meter.numerator}/${meter.denominator}` : ''}|${text}`;
  let progression = progressionCache.get(key);
  if (!progression) {
    progression = parseProgression(text, meter);
    if (progressionCache.size >= PROGRESSION_CACHE_SIZE) progressionCache.clear();
    progressionCache.set(key, progression);
  }
  return progression;
}

export async function generateSolo(options: GenerateOptions = {}): Promise<GenerateResult> {
  const started = performance.now();
  const modelDir = resolve(options.modelDir ?? DEFAULT_MODEL_DIR);
  const model = await loadModel(modelDir);
  const steps = checkInRange(LIMITS.steps, options.steps ?? DEFAULTS.steps, 'steps');
  checkGenerationValues(options);
  const seed = options.seed ?? randomSeed();
  const meter = options.meter === undefined ? undefined : parseMeter(options.meter, 'meter');
  if (options.sheet && options.chords !== undefined) throw new UserFacingError('give a tune or chords, not both');
  if (options.choruses !== undefined && options.steps !== undefined)
    throw new UserFacingError('give steps or choruses, not both: a whole form decides its own number of values');
  const choruses = checkOptionalInRange(LIMITS.choruses, options.choruses, 'choruses');
  const sheet = options.sheet && options.key ? transposeLeadSheet(options.sheet, options.key) : options.sheet;
  const progression = sheet
    ? parseProgression(leadSheetChords(sheet), sheet.meter, sheet.title)
    : parsedProgression(options.chords ?? DEFAULT_PROGRESSION, meter);
  const greedy = options.greedy ?? false;
  const guided = options.harmonyGuide !== false;
  // The guide is the solo's clock: it places every value, so it runs for greedy decoding too.
  const guide = new BeatGuide(parsedValues(model.vocabulary), progression.meter, {
    ...model.metadata.style,
    ...(guided ? {} : { strongBeatChordToneRatio: 0 }),
  });
  if (options.explain && choruses !== undefined)
    throw new UserFacingError('--explain explains a number of steps: give --steps instead of --choruses');
  const explainer = options.explain ? new DecodingExplainer(model.vocabulary.values, greedy) : undefined;
  guide.recorder = explainer;
  const sampler = new LstmSampler(model.weights);
  const sampling = {
    seed,
    greedy,
    temperature: options.temperature ?? DEFAULT_SAMPLING.temperature,
    topK: options.topK ?? DEFAULT_SAMPLING.topK,
  };
  const chorusTicks = progression.lengthQuarters * TICKS_PER_QUARTER;
  const formGuide =
    choruses === undefined
      ? undefined
      : new WholeFormGuide(guide, parsedValues(model.vocabulary), progression.meter, choruses * chorusTicks);
  const indices = formGuide
    ? generateWholeForm(sampler, { ...sampling, guide: formGuide })
    : generateIndices(sampler, { ...sampling, steps, guide, observer: explainer });
  const values = indices.map((i) => model.vocabulary.values[i]);
  const vocabulary = parsedValues(model.vocabulary);
  const keyName = sheet?.key ?? options.key;
  const key = keyName ? parseKeyName(keyName) : keyForProgression(progression);
  const modelName = model.metadata.name;
  const decodingName = greedy
    ? 'greedy'
    : `temperature ${options.temperature ?? DEFAULT_SAMPLING.temperature}, top-k ${options.topK ?? DEFAULT_SAMPLING.topK}`;
  const decoding = `${decodingName}${guided ? ', harmony-guided' : ''}`;
  const realised = realiseSolo(
    indices.map((i) => vocabulary[i]),
    progression,
    {
      seed,
      key,
      tempo: options.tempo ?? sheet?.tempo ?? DEFAULT_TEMPO,
      swing: options.swing,
      title: options.title ?? sheet?.title ?? DEFAULTS.title,
      subtitle: `model ${modelName}, seed ${seed}, ${decoding}`,
      spans: formGuide ? formGuide.spans : guide.spans,
      register: model.metadata.register ?? BUNDLED_CORPUS_REGISTER,
      style: model.metadata.style,
    },
  );
  // A whole form ends on a resolution: the last note a chord tone, whatever the line chose.
  const solo = formGuide ? endOnChordTone(realised, progression) : realised;
  const abc = writeAbc(solo, options.part ? { part: PARTS[options.part] } : {});
  let midi: Uint8Array | undefined;
  return {
    abc,
    // Built on first read: most callers (the editor command, the bench) want only the ABC.
    get midi() {
      midi ??= writeMidi(solo, {
        band:
          options.band === false ? undefined : arrangeBandForSolo(solo, { ...DEFAULT_BAND_OPTIONS, seed }, chorusTicks),
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
    chorusTicks,
    ...(explainer ? { explanation: explainer.finish(abc, guide.spans, decoding) } : {}),
  };
}
