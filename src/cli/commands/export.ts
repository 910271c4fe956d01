/** `jazz-solo export`: An ABC solo file as MusicXML, SVG or PDF. */
import { UserFacingError } from '../../shared/errors';
import { LEAD_INSTRUMENTS, type LeadInstrument } from '../../core/band/types';
import { readAbcFile, defineCommand } from './common';
import { PART_OPTION, partOption } from './partOption';
import { NOTATION_OPTIONS, notationTargets, writeNotation } from './notationOptions';

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'Write an ABC solo (any ABC tune) as MusicXML for notation programs, or as a lead sheet in SVG or PDF.',
  positionals: [{ name: 'file', required: true, variadic: false, help: 'The ABC file.' }],
  options: [
    ...NOTATION_OPTIONS,
    {
      name: 'tune',
      kind: 'number',
      valueName: 'N',
      help: 'Which tune of the file, from 1.',
      defaultText: 'the first with notes',
    },
    { name: 'no-band', kind: 'flag', help: 'MusicXML: the lead alone, without the bass, piano and drums parts.' },
    {
      name: 'lead',
      kind: 'string',
      valueName: 'INSTRUMENT',
      choices: Object.keys(LEAD_INSTRUMENTS),
      help: "MusicXML: the lead's instrument (its part name and MIDI program).",
    },
    PART_OPTION,
  ],
  async run(args, io) {
    const [file] = args.positionals;
    const { options } = args;
    const targets = notationTargets(options);
    if (!targets.musicxml && !targets.svg && !targets.pdf) {
      throw new UserFacingError('export needs at least one of --musicxml FILE, --svg FILE, --pdf FILE');
    }
    const tune = options.tune as number | undefined;
    if (tune !== undefined && (!Number.isInteger(tune) || tune < 1)) {
      throw new UserFacingError(`--tune: give a tune number from 1 (got ${tune})`);
    }
    const text = readAbcFile(file);
    const { abcTuneToSolo } = await import('../../engine');
    const solo = abcTuneToSolo(text, file, tune === undefined ? undefined : tune - 1);
    const written = await writeNotation(targets, options, io, solo, {
      part: partOption(options.part),
      lead: options.lead as LeadInstrument | undefined,
    });
    io.err(`${solo.bars} bars of "${solo.title}"; wrote ${written.join(' and ')}\n`);
  },
});
