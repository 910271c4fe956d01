/**
 * The preview page's elements (src/extension/preview/previewHtml.ts writes them), found once by id: a page
 * without one of them is a broken page, and says which.
 */
import { MIXER_CHANNELS, type MixerChannel } from '../shared/previewSettings';

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
