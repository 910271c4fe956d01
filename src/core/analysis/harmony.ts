/**
 * Impro-Visor-style feedback for learners: which notes lie outside the chord sounding under them.
 * Outside (X) notes are the ones to look at; approach tones (A) are listed too, because a learner
 * should check that each one resolves by a semitone to a chord tone.
 */
import type { TuneHarmonyCount } from '../../shared/harmony';
import type { AbcAnalysis, AnalysedNote, PitchRole } from './document';

export interface MarkedNote {
  role: Extract<PitchRole, 'A' | 'X'>;
  startChar: number;
  endChar: number;
  note: AnalysedNote;
}

export function markedNotes(analysis: AbcAnalysis): MarkedNote[] {
  const marked: MarkedNote[] = [];
  for (const tune of analysis.tunes) {
    for (const note of tune.notes) {
      if (note.role !== 'X' && note.role !== 'A') continue;
      marked.push({ role: note.role, startChar: note.noteStartChar, endChar: note.noteEndChar, note });
    }
  }
  return marked;
}

export function harmonyCounts(analysis: AbcAnalysis): TuneHarmonyCount[] {
  return analysis.tunes.map((tune) => ({
    tuneIndex: tune.info.index,
    notes: tune.notes.filter((n) => n.note.pitch !== null).length,
    outside: tune.notes.filter((n) => n.role === 'X').length,
    approach: tune.notes.filter((n) => n.role === 'A').length,
  }));
}
