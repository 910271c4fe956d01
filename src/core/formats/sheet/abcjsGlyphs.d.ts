/** abcjs' engraving glyphs (the shapes it draws notes, rests, clefs and accidentals with), as the sheet uses them. */
declare module 'abcjs/src/write/creation/glyphs.js' {
  type GlyphCommand = [string, ...number[]];
  const Glyphs: {
    getPathForSymbol(x: number, y: number, symbol: string, scaleX?: number, scaleY?: number): GlyphCommand[] | null;
    getSymbolWidth(symbol: string): number;
  };
  export default Glyphs;
}
