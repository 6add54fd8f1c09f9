// One document through the pipeline and into store rows; shared by workers and the inline path.

import { analyze } from '../analyze.js';
import { prepareDocument, storeDate, type DocumentInput, type PreparedDocument } from '../store/prepare.js';

export interface AnalyzeTask {
  seq: number;
  input: DocumentInput;
  pipeline: string;
}

/** The analysis anchor date: the document date cut to YYYY-MM-DD (or YYYY-MM, YYYY), if valid. */
export function anchorDate(date: string | null | undefined): string | null {
  return storeDate(date);
}

export function analyzeForStore(task: AnalyzeTask): PreparedDocument {
  const record = analyze(task.input.text, { date: anchorDate(task.input.date) });
  return prepareDocument(task.input, record, task.pipeline);
}
