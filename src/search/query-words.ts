import { slavicStem } from './slavic-stem.ts';
import { isStopWord } from './stop-words.ts';

/** One word of what staff typed, and the terms that find it: its own stem and its synonyms'. */
export interface QueryWord {
  word: string;
  /** Sent to Pagefind one at a time; Pagefind matches any indexed word that starts with a term. */
  terms: string[];
}

/** Synonym groups of one language, as in content/synonyms.yaml. */
export type SynonymGroups = ReadonlyArray<ReadonlyArray<string>>;

/** Languages whose query words are cut back to a stem here; Pagefind stems English itself. */
const STEMMED_HERE = new Set(['uk', 'ru']);

/** The form a word is searched by: its stem in Ukrainian and Russian, itself elsewhere. */
export function searchForm(word: string, language: string): string {
  const lower = word.toLowerCase();
  return STEMMED_HERE.has(language) ? slavicStem(lower) : lower;
}

/** The form a synonym is looked up by, so "toilets" meets "toilet" and "куртку" meets "куртка". */
function lookupForm(word: string, language: string): string {
  const lower = word.toLowerCase();
  if (STEMMED_HERE.has(language)) return slavicStem(lower);
  return lower.length > 4 ? lower.replace(/(?:es|s)$/, '') : lower;
}

/** word → every word of its group, for one language. */
export function synonymLookup(groups: SynonymGroups, language: string): ReadonlyMap<string, readonly string[]> {
  const lookup = new Map<string, readonly string[]>();
  for (const group of groups) for (const word of group) lookup.set(lookupForm(word, language), group);
  return lookup;
}

/** "Don't", "it's" and "кто-то" are words; quotes, commas and full stops are not. */
export function splitWords(query: string): string[] {
  return query
    .toLowerCase()
    .replaceAll('’', "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((word) => word.replace(/^['-]+|['-]+$/g, ''))
    .filter((word) => word.length > 0);
}

/**
 * The words of a query worth matching, each with its search terms. Stop-words
 * are dropped ("the", "my", "don't"), unless nothing else is left; synonyms
 * are added ("jacket" also searches "coat"); repeated words count once.
 */
export function queryWords(query: string, language: string, synonyms: ReadonlyMap<string, readonly string[]>): QueryWord[] {
  const all = splitWords(query);
  const meaningful = all.filter((word) => !isStopWord(word, language));
  const words = [...new Set(meaningful.length > 0 ? meaningful : all)];
  return words.map((word) => {
    const group = synonyms.get(lookupForm(word, language)) ?? [];
    const terms = [word, ...group].map((term) => searchForm(term, language));
    return { word, terms: [...new Set(terms)] };
  });
}
