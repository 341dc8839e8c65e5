// Invented names (films, suppliers, cinemas) that give each generated document words
// no other document has, as a real handbook's product, place and partner names do.
// Without them every page would share one small vocabulary and the search index
// would stay unrealistically small however many codes there are.

const SYLLABLES = [
  'ka',
  'lo',
  'ri',
  'ven',
  'mar',
  'tis',
  'bel',
  'dor',
  'sa',
  'quin',
  'ta',
  'mo',
  'rel',
  'vi',
  'nor',
  'pe',
  'gal',
  'stra',
  'cu',
  'dan',
  'fe',
  'ho',
  'li',
  'mun',
  'ost',
  'pra',
  'ru',
  'sel',
  'tor',
  'ul',
  'wen',
  'zi',
  'bra',
  'cor',
  'del',
  'fin',
  'gor',
  'hal',
  'jas',
  'kel',
  'lun',
  'mir',
  'nev',
  'ol',
  'par',
  'rho',
  'sin',
  'tam',
] as const;

const SPACE = SYLLABLES.length ** 3;
// Odd and not a multiple of 3, so coprime with 48³ = 2⁶ · 3³: k ↦ k · STRIDE is a bijection of the space.
const STRIDE = 7919;

/**
 * The k-th invented word for a seed: three syllables, capitalised. Distinct k give
 * distinct words within one seed (110,592 of them), so no two documents share one.
 */
export function inventedWord(seed: number, k: number): string {
  if (k >= SPACE) throw new Error(`Only ${SPACE} invented words exist; asked for number ${k}`);
  let n = (((k + (seed % SPACE)) % SPACE) * STRIDE) % SPACE;
  let word = '';
  for (let i = 0; i < 3; i++) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return word[0]!.toUpperCase() + word.slice(1);
}

/** How many invented words each document takes; documents use disjoint ranges. */
export const WORDS_PER_DOCUMENT = 3;
/** Standards take their words after this many, so codes and standards never collide. */
export const STANDARD_WORD_OFFSET = 60_000;
