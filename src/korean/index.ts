/** The Korean text layer: normalization, jamo, particles and tokenization. */
export { normalize } from './normalize.ts';
export { disassemble, getChoseong, isChoseongOnly, jamoDistance, editDistance } from './jamo.ts';
export { JOSA, josaList, josaSource, stripJosa, isInterrogative } from './josa.ts';
export type { JosaSet, StripJosaOptions } from './josa.ts';
export { syllablePieces } from './pieces.ts';
export { splitCompound } from './compound.ts';
export { tokenize, tokenizeNormalized, scanTerms, splitRuns } from './tokenize.ts';
export type { Run, TermSink, TokenizeOptions } from './tokenize.ts';
