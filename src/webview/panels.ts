/** The page's text panels under the music: abcjs' warnings, and our own report section. */
import { sanitiseReport } from './text';

/** A runaway paste can give thousands; the first ones are the useful ones. */
const MAX_LISTED_WARNINGS = 100;

export function showWarnings(warningsBox: HTMLElement, warnings: string[]): void {
  const list = document.createElement('ul');
  for (const warning of warnings.slice(0, MAX_LISTED_WARNINGS)) {
    const item = document.createElement('li');
    item.textContent = warning;
    list.appendChild(item);
  }
  if (warnings.length > MAX_LISTED_WARNINGS) {
    const more = document.createElement('li');
    more.textContent = `… and ${warnings.length - MAX_LISTED_WARNINGS} more`;
    list.appendChild(more);
  }
  warningsBox.replaceChildren();
  if (warnings.length > 0) {
    const heading = document.createElement('div');
    heading.className = 'jazz-warnings-title';
    heading.textContent = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
    warningsBox.append(heading, list);
  }
  warningsBox.hidden = warnings.length === 0;
}

/** Our own report section (an evaluation's figures), sanitised: the extension's HTML is never trusted as such. */
export function showReport(reportBox: HTMLElement, html: string): void {
  reportBox.replaceChildren();
  if (html.trim() === '') {
    reportBox.hidden = true;
    return;
  }
  reportBox.appendChild(sanitiseReport(html));
  reportBox.hidden = false;
}
