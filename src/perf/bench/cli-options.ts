import { parseArgs } from 'node:util';
import { MAX_CODES } from '../generate/repo-plan.ts';
import type { BenchOptions } from './run-bench.ts';

export const USAGE = `Usage: npm run bench -- --codes <N>[,<N>…] [--standards <M>] [--versions <V>] [--seed <S>]
       [--word <w>] [--sentence <s>] [--json] [--keep] [--no-search] [--no-bare] [--cpu-prof] [--generate-only]`;

export interface BenchCommand {
  /** One run per size, in the order given. */
  runs: BenchOptions[];
  json: boolean;
  /** Only write the repositories (kept) and print where: for timing `npm run check` alone. */
  generateOnly: boolean;
}

/** Parse and validate the command line; throws an Error whose message says what to fix. */
export function parseBenchArgs(argv: readonly string[]): BenchCommand {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      codes: { type: 'string' },
      standards: { type: 'string' },
      versions: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      word: { type: 'string', default: 'refund' },
      sentence: { type: 'string', default: DEFAULT_SENTENCE },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'no-search': { type: 'boolean', default: false },
      'no-bare': { type: 'boolean', default: false },
      'cpu-prof': { type: 'boolean', default: false },
      'generate-only': { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.codes === undefined) throw new Error('Missing --codes: how many problem codes to generate, such as --codes 1000');
  const sizes = values.codes.split(',').map((text) => whole('--codes', text, 1, MAX_CODES));
  const versions = whole('--versions', values.versions, 1, 50);
  const seed = whole('--seed', values.seed, 0, 2 ** 32 - 1);
  if (!/^[a-z]+$/i.test(values.word)) throw new Error(`Unexpected --word ${values.word}: expected one plain word, such as refund`);
  const generateOnly = values['generate-only'];
  return {
    json: values.json,
    generateOnly,
    runs: sizes.map((codes) => ({
      codes,
      // A chain writes far fewer standards than codes: one for every ten unless told.
      standards: values.standards === undefined ? Math.ceil(codes / 10) : whole('--standards', values.standards, 0, 10_000),
      versions,
      seed,
      word: values.word,
      sentence: values.sentence,
      keep: values.keep || generateOnly,
      search: !values['no-search'],
      cpuProfile: values['cpu-prof'],
      // The bare Astro + MDX + Pagefind yardstick is built in every run unless told not to.
      bare: !values['no-bare'],
    })),
  };
}

/** A query in the generated handbook's words, as staff would type it: several words, some on no page. */
export const DEFAULT_SENTENCE = 'guest at the popcorn counter wants a refund anymore';

function whole(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw new Error(`Unexpected ${flag} ${text}: expected a whole number from ${min} to ${max}`);
  }
  return value;
}
