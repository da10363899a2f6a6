/** `cli summarize [--sentences N] [FILE...]`: an extractive summary of each input, with offsets, as JSON lines. */
import { summarize } from '../core/nlp/summarize.ts';
import { runOverInputs } from './nlp-input.ts';

export function runSummarize(files: string[], sentences: number): Promise<number> {
  return runOverInputs(files, ({ text }) => {
    const summary = summarize(text, { sentences });
    return { summary: summary.sentences.map((s) => s.text), offsets: summary.sentences.map((s) => [s.start, s.end]) };
  });
}
