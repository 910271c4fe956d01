/**
 * Every command the extension contributes, by id, written once. The extension registers each through its
 * CommandManager; the language server names some in its code lenses and code actions; package.json must
 * contribute exactly these (test/unit/shared/commandIds.test.ts).
 */
export const COMMAND_IDS = {
  generate: 'jazzSolo.generate',
  generateOverChords: 'jazzSolo.generateOverChords',
  generateOverTune: 'jazzSolo.generateOverTune',
  generateFromIreal: 'jazzSolo.generateFromIreal',
  train: 'jazzSolo.train',
  selectModel: 'jazzSolo.selectModel',
  openPreview: 'jazzSolo.openPreview',
  exportMidi: 'jazzSolo.exportMidi',
  exportWav: 'jazzSolo.exportWav',
  exportMusicXml: 'jazzSolo.exportMusicXml',
  exportSheetSvg: 'jazzSolo.exportSheetSvg',
  exportSheetPdf: 'jazzSolo.exportSheetPdf',
  continueSolo: 'jazzSolo.continueSolo',
  playTune: 'jazzSolo.playTune',
  evaluate: 'jazzSolo.evaluate',
  lick: 'jazzSolo.lick',
  tradeFours: 'jazzSolo.tradeFours',
  togglePlayback: 'jazzSolo.togglePlayback',
  importKeras: 'jazzSolo.importKeras',
  exportKeras: 'jazzSolo.exportKeras',
} as const;

export type CommandId = (typeof COMMAND_IDS)[keyof typeof COMMAND_IDS];
