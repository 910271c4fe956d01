/**
 * Every `jazzSolo.*` setting in one table: its type, default and range, declared once. The rest of the
 * extension reads settings only through `readConfiguration` (or the conversions below, built on it), so a
 * fallback cannot differ between two modules; test/unit/extension/settings.test.ts checks that package.json's
 * contributes.configuration says the same. Numbers are clamped to the shared ranges (LIMITS), so a
 * workspace's settings (tempo 0, steps 10^9) never reach the engine out of range, trusted or not.
 */
import { type BandSettings } from '../shared/previewSettings';
import * as vscode from 'vscode';
import type { GenerateOptions, TrainRequest } from '../engine';
import { DEFAULTS } from '../shared/defaults';
import { clampToRange, isInRange, LIMITS, type NumericRange } from '../shared/limits';

import { BAND_PARTS } from '../shared/bandParts';
import { DEFAULT_LEAD_INSTRUMENT_ID, LEAD_INSTRUMENT_IDS, type LeadInstrumentId } from '../shared/soundFont';
import { DEFAULT_PART, PART_NAMES, type PartName } from '../shared/parts';
import { DEFAULT_PRACTICE, PRACTICE_LIMITS, type PracticeSettings } from '../shared/practice';

export const SETTINGS_SECTION = 'jazzSolo';

/** The meters a solo can be generated in (simple and compound). */
export const METERS = ['4/4', '3/4', '6/8', '12/8'] as const;

/** The range of the epochs setting: 0 asks for the automatic choice, the rest is the engine's range. */
const EPOCHS_SETTING_RANGE: NumericRange = { ...LIMITS.epochs, min: 0, what: 'training epochs (0 = automatic)' };

/** The engines "Train Jazz Model" can train with (TrainRequest.engine). */
const TRAINING_ENGINES = ['builtin', 'pytorch'] as const satisfies ReadonlyArray<NonNullable<TrainRequest['engine']>>;

interface NumberSetting {
  type: 'integer' | 'number';
  default: number;
  range: NumericRange;
}
interface TextSetting {
  type: 'string';
  default: string;
  choices?: readonly string[];
}
interface SwitchSetting {
  type: 'boolean';
  default: boolean;
}
export type SettingSpec = NumberSetting | TextSetting | SwitchSetting;

/** Keys relative to the `jazzSolo` section. */
export const SETTINGS = {
  steps: { type: 'integer', default: DEFAULTS.steps, range: LIMITS.steps },
  choruses: { type: 'integer', default: DEFAULTS.choruses, range: LIMITS.choruses },
  temperature: { type: 'number', default: DEFAULTS.temperature, range: LIMITS.temperature },
  topK: { type: 'integer', default: DEFAULTS.topK, range: LIMITS.topK },
  /** Text, so that "empty" can mean a new seed on every run. */
  seed: { type: 'string', default: '' },
  chordProgression: { type: 'string', default: '' },
  tempo: { type: 'integer', default: DEFAULTS.tempo, range: LIMITS.tempo },
  key: { type: 'string', default: '' },
  meter: { type: 'string', default: DEFAULTS.meter, choices: METERS },
  swing: { type: 'number', default: DEFAULTS.swing, range: LIMITS.swing },
  'training.epochs': { type: 'integer', default: 0, range: EPOCHS_SETTING_RANGE },
  'training.engine': { type: 'string', default: 'builtin', choices: TRAINING_ENGINES },
  /** Machine-scoped in package.json: only the user's own settings name the program that runs. */
  'training.pythonPath': { type: 'string', default: '' },
  harmonyColouring: { type: 'boolean', default: true },
  inlineSuggestions: { type: 'boolean', default: true },
  continueSteps: { type: 'integer', default: DEFAULTS.continueSteps, range: LIMITS.continueSteps },
  'band.bass': { type: 'boolean', default: true },
  'band.comping': { type: 'boolean', default: true },
  'band.drums': { type: 'boolean', default: true },
  'band.leadInstrument': { type: 'string', default: DEFAULT_LEAD_INSTRUMENT_ID, choices: LEAD_INSTRUMENT_IDS },
  'band.countIn': { type: 'boolean', default: true },
  part: { type: 'string', default: DEFAULT_PART, choices: PART_NAMES },
  'practice.tempoStep': { type: 'integer', default: DEFAULT_PRACTICE.tempoStep, range: PRACTICE_LIMITS.tempoStep },
  'practice.targetTempo': {
    type: 'integer',
    default: DEFAULT_PRACTICE.targetTempo,
    range: PRACTICE_LIMITS.targetTempo,
  },
  'practice.click': { type: 'boolean', default: DEFAULT_PRACTICE.click },
  'practice.countInEachPass': { type: 'boolean', default: DEFAULT_PRACTICE.countInEachPass },
} as const satisfies Record<string, SettingSpec>;

export type SettingKey = keyof typeof SETTINGS;

/** The full name a user writes in settings.json, e.g. "jazzSolo.tempo". */
export function settingName(key: SettingKey): string {
  return `${SETTINGS_SECTION}.${key}`;
}

/** Reads one setting by its key relative to the section; the indirection lets the conversion run without VS Code. */
export type SettingReader = (key: string) => unknown;

export function vscodeSettings(): SettingReader {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return (key) => config.get(key);
}

type SettingValue<S> = S extends { type: 'boolean' } ? boolean : S extends { type: 'string' } ? string : number;
export type JazzConfiguration = { -readonly [K in SettingKey]: SettingValue<(typeof SETTINGS)[K]> };

function readOne(spec: SettingSpec, value: unknown): unknown {
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? value : spec.default;
    case 'string':
      if (typeof value !== 'string') return spec.default;
      return spec.choices && !spec.choices.includes(value) ? spec.default : value;
    default: {
      const clamped = clampToRange(spec.range, value);
      return clamped === undefined ? spec.default : spec.type === 'integer' ? Math.round(clamped) : clamped;
    }
  }
}

/** Every setting, typed, with the declared default where a value is missing or unreadable. */
export function readConfiguration(read: SettingReader = vscodeSettings()): JazzConfiguration {
  const entries = Object.entries(SETTINGS).map(([key, spec]) => [key, readOne(spec, read(key))]);
  return Object.fromEntries(entries) as JazzConfiguration;
}

/** Whether a configuration change touches one of these settings (or a whole group, such as "band"). */
export function affectsSettings(event: vscode.ConfigurationChangeEvent, keys: readonly string[]): boolean {
  return keys.some((key) => event.affectsConfiguration(`${SETTINGS_SECTION}.${key}`));
}

function nonEmptyText(value: string): string | undefined {
  return value.trim() === '' ? undefined : value.trim();
}

/** Settings JSON may hold the seed as a number although the schema says string: accept both, in range. */
function parseSeed(value: unknown): number | undefined {
  const seed = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value.trim()) : value;
  return isInRange(LIMITS.seed, seed) ? seed : undefined;
}

/** The generation settings as engine options. Temperature 0 is greedy decoding, top-k 0 every value. */
export function generateOptionsFromSettings(read: SettingReader = vscodeSettings()): GenerateOptions {
  const settings = readConfiguration(read);
  return {
    steps: settings.steps,
    temperature: settings.temperature > 0 ? settings.temperature : undefined,
    greedy: settings.temperature === 0,
    topK: settings.topK,
    seed: parseSeed(read('seed')),
    chords: nonEmptyText(settings.chordProgression),
    tempo: settings.tempo,
    key: nonEmptyText(settings.key),
    meter: settings.meter,
    swing: settings.swing,
    part: settings.part as PartName,
  };
}

/** How many times a solo over a tune goes through its form (`jazzSolo.choruses`). */
export function chorusesFromSettings(read: SettingReader = vscodeSettings()): number {
  return readConfiguration(read).choruses;
}

/** Epochs of "Train Jazz Model": 0 is automatic (undefined lets the engine choose). */
export function trainingEpochsSetting(read: SettingReader = vscodeSettings()): number | undefined {
  const epochs = readConfiguration(read)['training.epochs'];
  return epochs >= 1 ? epochs : undefined;
}

/** The engine "Train Jazz Model" trains with, and for PyTorch the Python that has it (empty: the engine's default). */
export function trainingEngineFromSettings(
  read: SettingReader = vscodeSettings(),
): Pick<TrainRequest, 'engine' | 'python'> {
  const settings = readConfiguration(read);
  if (settings['training.engine'] !== 'pytorch') return {};
  return { engine: 'pytorch', python: nonEmptyText(settings['training.pythonPath']) };
}

/** The `jazzSolo.band.*` settings: which parts of the band play, the lead's instrument, the count-in. */
export function bandSettingsFromSettings(read: SettingReader = vscodeSettings()): BandSettings {
  const settings = readConfiguration(read);
  const parts = Object.fromEntries(BAND_PARTS.map((part) => [part, settings[`band.${part}`]]));
  return {
    parts: parts as BandSettings['parts'],
    leadInstrument: settings['band.leadInstrument'] as LeadInstrumentId,
    countIn: settings['band.countIn'],
  };
}

/** The part generated solos and licks are written for, and the preview shows first (`jazzSolo.part`). */
export function partFromSettings(read: SettingReader = vscodeSettings()): PartName {
  return readConfiguration(read).part as PartName;
}

/** How the preview's practice loops start (`jazzSolo.practice.*`). */
export function practiceFromSettings(read: SettingReader = vscodeSettings()): PracticeSettings {
  const settings = readConfiguration(read);
  return {
    tempoStep: settings['practice.tempoStep'],
    targetTempo: settings['practice.targetTempo'],
    click: settings['practice.click'],
    countInEachPass: settings['practice.countInEachPass'],
  };
}
