// The library: `analyze(text, options)` and the rasd/1 types.
export { analyze, checkDate, type AnalyzeOptions } from './analyze.js';
export * from './schema.js';
export { decodeBytes, checkText, InputError, MAX_DOCUMENT_CHARS } from './text/decode.js';
export { normalize, shadow } from './text/normalize.js';
