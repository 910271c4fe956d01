/**
 * The preview's settings and saved state: what the extension hands the page (the `jazzSolo.band.*`, part and
 * practice settings), the mixer as the user set it, and what the page keeps across a reload; each parsed and
 * clamped, since it crosses from a settings file or the page.
 */
import { BAND_PARTS, type BandPart } from './bandParts';
import { DEFAULT_LEAD_INSTRUMENT_ID, isLeadInstrumentId, type LeadInstrumentId } from './soundFont';
import { DEFAULTS } from './defaults';
import { clampToRange, LIMITS } from './limits';
import { swingToPercent } from './swing';
import { isCount, isRecord } from './validate';
import { DEFAULT_PART, isPartName, type PartName } from './parts';
import { DEFAULT_PRACTICE, parsePracticeSettings, type PracticeSettings } from './practice';

/** The mixer's channels: the soloist and the rhythm section's parts. */
export type MixerChannel = 'lead' | BandPart;
export const MIXER_CHANNELS: readonly MixerChannel[] = ['lead', ...BAND_PARTS];

/** The `jazzSolo.band.*` settings: how the mixer starts. */
export interface BandSettings {
  parts: Record<BandPart, boolean>;
  leadInstrument: LeadInstrumentId;
  countIn: boolean;
}

/** Settings the extension hands to the page through an escaped data attribute on <body>. */
export interface PreviewSettings {
  /** Webview URI of media/soundfont/, ending in '/'. */
  soundFontUrl: string;
  /** Default tempo in beats per minute when the tune has no Q: field. */
  defaultTempo: number;
  /** abcjs swing percentage: 50 = straight, 66 = triplet swing, at most 75. */
  swingPercent: number;
  band: BandSettings;
  /** The part the page shows first (`jazzSolo.part`), and how practice loops start (`jazzSolo.practice.*`). */
  part?: PartName;
  practice?: PracticeSettings;
}

/** The mixer as the user set it: each channel on/off with a volume (0–100), the lead voice, count-in, loop. */
export interface MixerState {
  on: Record<MixerChannel, boolean>;
  volume: Record<MixerChannel, number>;
  leadInstrument: LeadInstrumentId;
  countIn: boolean;
  loop: boolean;
  /** Bars of the solo to loop, 1-based and inclusive: from the start or to the end when one is absent. */
  loopFrom?: number;
  loopTo?: number;
}

/** What the webview keeps with `setState`, handed back to the serializer after a window reload. */
export interface PreviewState {
  documentUri: string;
  tempo?: number;
  swingPercent?: number;
  mixer?: MixerState;
  /** The settings the mixer last took its parts, lead voice and count-in from: a change to them wins. */
  bandSettings?: BandSettings;
  part?: PartName;
  /** The `jazzSolo.part` setting when `part` was saved: a change to the setting wins over the saved part. */
  partSetting?: PartName;
  practice?: PracticeSettings;
}

// ---------------------------------------------------------------- extension → webview

/** How the mixer starts without a saved state: every part on, at volumes that balance the samples. */
export const DEFAULT_VOLUMES: Readonly<Record<MixerChannel, number>> = { lead: 85, bass: 75, comping: 60, drums: 75 };

export function defaultBandSettings(): BandSettings {
  return {
    parts: { bass: true, comping: true, drums: true },
    leadInstrument: DEFAULT_LEAD_INSTRUMENT_ID,
    countIn: true,
  };
}

/** The mixer a page starts with: the settings' parts, lead voice and count-in, default volumes, no loop. */
export function mixerFromSettings(band: BandSettings): MixerState {
  return {
    on: { lead: true, ...band.parts },
    volume: { ...DEFAULT_VOLUMES },
    leadInstrument: band.leadInstrument,
    countIn: band.countIn,
    loop: false,
  };
}

/**
 * The mixer a page starts with: the saved one, unless the `jazzSolo.band.*` settings changed since it was
 * saved; then the settings' parts, lead voice and count-in apply and the saved volumes and loop stay.
 */
export function initialMixer(settings: BandSettings, saved: PreviewState | undefined): MixerState {
  const fromSettings = mixerFromSettings(settings);
  if (!saved?.mixer) return fromSettings;
  if (saved.bandSettings && JSON.stringify(saved.bandSettings) === JSON.stringify(settings)) return saved.mixer;
  return {
    ...saved.mixer,
    on: { lead: saved.mixer.on.lead, ...settings.parts },
    leadInstrument: settings.leadInstrument,
    countIn: settings.countIn,
  };
}

/** A saved mixer as typed: anything missing or malformed takes the value of `fallback`. */
export function parseMixerState(value: unknown, fallback: MixerState): MixerState {
  const record = isRecord(value) ? value : {};
  const on = isRecord(record.on) ? record.on : {};
  const volume = isRecord(record.volume) ? record.volume : {};
  const mixer: MixerState = {
    on: { ...fallback.on },
    volume: { ...fallback.volume },
    leadInstrument: isLeadInstrumentId(record.leadInstrument) ? record.leadInstrument : fallback.leadInstrument,
    countIn: typeof record.countIn === 'boolean' ? record.countIn : fallback.countIn,
    loop: typeof record.loop === 'boolean' ? record.loop : fallback.loop,
  };
  for (const channel of MIXER_CHANNELS) {
    if (typeof on[channel] === 'boolean') mixer.on[channel] = on[channel] as boolean;
    mixer.volume[channel] = clampNumber(volume[channel], 0, 100, fallback.volume[channel]);
  }
  if (isCount(record.loopFrom) && record.loopFrom >= 1) mixer.loopFrom = record.loopFrom;
  if (isCount(record.loopTo) && record.loopTo >= 1) mixer.loopTo = record.loopTo;
  return mixer;
}

export function parseBandSettings(value: unknown): BandSettings {
  const fallback = defaultBandSettings();
  const record = isRecord(value) ? value : {};
  const parts = isRecord(record.parts) ? record.parts : {};
  for (const part of BAND_PARTS) if (typeof parts[part] === 'boolean') fallback.parts[part] = parts[part] as boolean;
  if (isLeadInstrumentId(record.leadInstrument)) fallback.leadInstrument = record.leadInstrument;
  if (typeof record.countIn === 'boolean') fallback.countIn = record.countIn;
  return fallback;
}

/** The persisted state as typed, or undefined when VS Code hands back something else (old or foreign state). */
export function parsePreviewState(value: unknown): PreviewState | undefined {
  if (!isRecord(value) || typeof value.documentUri !== 'string' || value.documentUri === '') return undefined;
  const state: PreviewState = { documentUri: value.documentUri };
  if (typeof value.tempo === 'number' && Number.isFinite(value.tempo)) state.tempo = value.tempo;
  if (typeof value.swingPercent === 'number' && Number.isFinite(value.swingPercent))
    state.swingPercent = value.swingPercent;
  if (isRecord(value.mixer)) state.mixer = parseMixerState(value.mixer, mixerFromSettings(defaultBandSettings()));
  if (isRecord(value.bandSettings)) state.bandSettings = parseBandSettings(value.bandSettings);
  if (isPartName(value.part)) state.part = value.part;
  if (isPartName(value.partSetting)) state.partSetting = value.partSetting;
  if (isRecord(value.practice)) state.practice = parsePracticeSettings(value.practice);
  return state;
}

/** Settings as typed, with defaults for anything missing or malformed (the page must always start). */
export function parsePreviewSettings(value: unknown): PreviewSettings {
  const record = isRecord(value) ? value : {};
  return {
    soundFontUrl: typeof record.soundFontUrl === 'string' ? record.soundFontUrl : '',
    defaultTempo: clampToRange(LIMITS.tempo, record.defaultTempo) ?? DEFAULTS.tempo,
    swingPercent: clampNumber(
      record.swingPercent,
      swingToPercent(LIMITS.swing.min),
      swingToPercent(LIMITS.swing.max),
      swingToPercent(DEFAULTS.swing),
    ),
    band: parseBandSettings(record.band),
    // Absent from settings of an older page: the page then starts with the default part and practice.
    ...(record.part === undefined ? {} : { part: isPartName(record.part) ? record.part : DEFAULT_PART }),
    ...(record.practice === undefined ? {} : { practice: parsePracticeSettings(record.practice, DEFAULT_PRACTICE) }),
  };
}

export function clampNumber(value: unknown, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}
