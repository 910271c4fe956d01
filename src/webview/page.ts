/**
 * The preview page's elements (src/extension/preview/previewHtml.ts writes them), found once by id: a page
 * without one of them is a broken page, and says which. And the forms they make: the mixer, the loop, the
 * practice settings, shown from a state and read back into one.
 */
import { MIXER_CHANNELS, type MixerChannel, type MixerState } from '../shared/previewSettings';
import { parsePracticeSettings, type PracticeSettings } from '../shared/practice';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The preview page has no #${id}`);
  return found as T;
}

export const musicBox = element<HTMLDivElement>('jazz-music');
export const warningsBox = element<HTMLDivElement>('jazz-warnings');
export const reportBox = element<HTMLDivElement>('jazz-report');
export const statusText = element<HTMLSpanElement>('jazz-status');
export const playButton = element<HTMLButtonElement>('jazz-play');
export const stopButton = element<HTMLButtonElement>('jazz-stop');
export const tempoInput = element<HTMLInputElement>('jazz-tempo');
export const swingInput = element<HTMLInputElement>('jazz-swing');
export const swingValue = element<HTMLOutputElement>('jazz-swing-value');
export const countInInput = element<HTMLInputElement>('jazz-count-in');
export const loopInput = element<HTMLInputElement>('jazz-loop');
export const loopFromInput = element<HTMLInputElement>('jazz-loop-from');
export const loopToInput = element<HTMLInputElement>('jazz-loop-to');
export const leadInstrumentInput = element<HTMLSelectElement>('jazz-lead-instrument');
export const channelInputs = Object.fromEntries(
  MIXER_CHANNELS.map((channel) => [
    channel,
    {
      on: element<HTMLInputElement>(`jazz-on-${channel}`),
      volume: element<HTMLInputElement>(`jazz-volume-${channel}`),
    },
  ]),
) as Record<MixerChannel, { on: HTMLInputElement; volume: HTMLInputElement }>;
export const harmonyLegend = element<HTMLDivElement>('jazz-harmony-legend');
export const confidenceInput = element<HTMLInputElement>('jazz-confidence');
export const partInput = element<HTMLSelectElement>('jazz-part');
export const tempoStepInput = element<HTMLInputElement>('jazz-tempo-step');
export const targetTempoInput = element<HTMLInputElement>('jazz-target-tempo');
export const clickInput = element<HTMLInputElement>('jazz-click');
export const countInEachInput = element<HTMLInputElement>('jazz-count-in-each');

/** Shows the mixer state in its controls. */
export function showMixer(mixer: MixerState): void {
  for (const channel of MIXER_CHANNELS) {
    channelInputs[channel].on.checked = mixer.on[channel];
    channelInputs[channel].volume.value = String(mixer.volume[channel]);
    channelInputs[channel].volume.disabled = !mixer.on[channel];
  }
  leadInstrumentInput.value = mixer.leadInstrument;
  for (const input of [tempoStepInput, targetTempoInput, clickInput, countInEachInput]) input.disabled = !mixer.loop;
  countInInput.checked = mixer.countIn;
  loopInput.checked = mixer.loop;
  loopFromInput.value = mixer.loopFrom === undefined ? '' : String(mixer.loopFrom);
  loopToInput.value = mixer.loopTo === undefined ? '' : String(mixer.loopTo);
  loopFromInput.disabled = !mixer.loop;
  loopToInput.disabled = !mixer.loop;
}

/** A bar number typed in a loop field, or undefined when the field is empty or holds something else. */
function barNumber(input: HTMLInputElement): number | undefined {
  const value = Number(input.value);
  return input.value.trim() !== '' && Number.isInteger(value) && value >= 1 ? value : undefined;
}

/** `mixer` with the loop's bars as the fields say. */
export function withLoopBars(mixer: MixerState): MixerState {
  const { loopFrom: _from, loopTo: _to, ...rest } = mixer;
  const from = barNumber(loopFromInput);
  const to = barNumber(loopToInput);
  return { ...rest, ...(from !== undefined ? { loopFrom: from } : {}), ...(to !== undefined ? { loopTo: to } : {}) };
}

/** Shows the practice loop's settings in their fields. */
export function showPractice(practice: PracticeSettings): void {
  tempoStepInput.value = String(practice.tempoStep);
  targetTempoInput.value = String(practice.targetTempo);
  clickInput.checked = practice.click;
  countInEachInput.checked = practice.countInEachPass;
}

/** The practice loop's settings as the fields say, each out of range or unreadable kept from `previous`. */
export function readPracticeForm(previous: PracticeSettings): PracticeSettings {
  return parsePracticeSettings(
    {
      tempoStep: Number(tempoStepInput.value),
      targetTempo: Number(targetTempoInput.value),
      click: clickInput.checked,
      countInEachPass: countInEachInput.checked,
    },
    previous,
  );
}
