/** `--part`: which player's part the ABC is written for (generate, lick). */

import { printable } from '../../shared/text';
import { UserFacingError } from '../../shared/errors';
import { PART_NAMES, findPart, type PartName } from '../../shared/parts';
import { nearestName, type OptionDef } from '../args';

export const PART_OPTION = {
  name: 'part',
  kind: 'string',
  valueName: 'PART',
  help:
    'Write the part for this instrument: concert, bb, eb, bass-clef, or tenor-sax, soprano-sax, clarinet, trumpet, ' +
    'alto-sax, baritone-sax, trombone, bass (the sound stays at concert pitch).',
  defaultText: 'concert',
} as const satisfies OptionDef;

/** The part named by `--part`, or one clear error listing what is accepted. */
export function partOption(value: unknown): PartName | undefined {
  if (value === undefined) return undefined;
  const part = findPart(String(value));
  if (!part) {
    const near = nearestName(String(value).trim().toLowerCase(), PART_NAMES);
    throw new UserFacingError(
      `--part: unknown part "${printable(String(value))}"; ${near ? `did you mean ${near}? ` : ''}` +
        `use one of ${PART_NAMES.join(', ')}`,
    );
  }
  return part.name;
}
