import { otherEnglishForms } from './english-forms.ts';
import { slavicStem } from './slavic-stem.ts';
import { isStopWord } from './stop-words.ts';

/** One word of what staff typed, and the terms that find it: its own stem and its synonyms'. */
export interface QueryWord {
  word: string;
  /** Sent to Pagefind one at a time; Pagefind matches any indexed word that starts with a term. */
  terms: string[];
  /** How many of the first terms are forms of the word itself ("took", "take", "taken"); the rest are synonyms. */
  forms?: number;
}

/** Synonym groups of one language, as in content/synonyms.yaml. */
export type SynonymGroups = ReadonlyArray<ReadonlyArray<string>>;

/**
 * Synonyms as the search page receives them: the groups, and the words of
 * them that no page of the language contains. Those are still recognised in a
 * query ("anorak" finds the coat group) but never searched: Pagefind answers a
 * word it lacks with its longest indexed prefix ("anorak" → "an"), which would
 * make the word match nearly every page.
 */
export interface SearchSynonyms {
  groups: SynonymGroups;
  unindexed: readonly string[];
}

/**
 * Languages whose query words are cut back to a stem here. Pagefind stems
 * English itself. It leaves Ukrainian whole, and its Russian stemmer misses
 * forms with a vowel that comes and goes ("кошелёк" / "кошелька"); measured on
 * the held-out queries, Russian finds more with both (93 % against 87 %).
 */
const STEMMED_HERE = new Set(['uk', 'ru']);

/** The form a word is searched by: its stem in Ukrainian and Russian, itself in English. */
export function searchForm(word: string, language: string): string {
  const lower = word.toLowerCase();
  return STEMMED_HERE.has(language) ? slavicStem(lower) : lower;
}

/** The form a synonym is compared by, so "toilets" meets "toilet" and "куртку" meets "куртка". */
function lookupForm(word: string, language: string): string {
  const lower = word.toLowerCase();
  if (STEMMED_HERE.has(language)) return slavicStem(lower);
  return lower.length > 4 ? lower.replace(/(?:es|s)$/, '') : lower;
}

/** The words to search besides a query word: the indexed words of its synonym group. */
export type SynonymLookup = (word: string) => readonly string[] | undefined;

/**
 * The group of a query word, for one language. A stemmer cuts different forms
 * of a word back by different amounts ("туалет" → "туал", "туалеті" →
 * "туалет"), so a word belongs to a group when either form starts with the
 * other's stem, not only when the stems are equal.
 */
export function synonymLookup({ groups, unindexed }: SearchSynonyms, language: string): SynonymLookup {
  const absent = new Set(unindexed.map((word) => word.toLowerCase()));
  const entries = groups.flatMap((words) => {
    const group = words.filter((word) => !absent.has(word.toLowerCase()));
    return words.map((word) => ({ word: word.toLowerCase(), stem: lookupForm(word, language), group }));
  });
  const exact = new Map(entries.map((entry) => [entry.word, entry.group]));
  return (word) => {
    const lower = word.toLowerCase();
    const stem = lookupForm(lower, language);
    return (
      exact.get(lower) ??
      entries.find((entry) => entry.stem === stem)?.group ??
      entries.find((entry) => Math.min(entry.stem.length, stem.length) >= 4 && (lower.startsWith(entry.stem) || entry.word.startsWith(stem)))?.group
    );
  };
}

/**
 * Words searched for one query at most. Each costs a phone an index chunk
 * (about 28 KB at 1,000 codes); a long story keeps its longest words, which
 * are the rarest and tell most about the situation.
 */
const MAX_WORDS = 5;

/** The words in their order, but the shortest dropped first when there are more than MAX_WORDS. */
function longestFirst(words: string[]): string[] {
  if (words.length <= MAX_WORDS) return words;
  const keep = new Set([...words].sort((a, b) => b.length - a.length).slice(0, MAX_WORDS));
  return words.filter((word) => keep.has(word));
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
export function queryWords(query: string, language: string, synonyms: SynonymLookup): QueryWord[] {
  const all = splitWords(query);
  const meaningful = all.filter((word) => !isStopWord(word, language));
  const words = longestFirst([...new Set(meaningful.length > 0 ? meaningful : all)]);
  return words.map((word) => {
    const forms = [...new Set([word, ...(language === 'en' ? otherEnglishForms(word) : [])].map((term) => searchForm(term, language)))];
    const group = synonyms(word) ?? [];
    const terms = [...new Set([...forms, ...group.map((term) => searchForm(term, language))])];
    return forms.length > 1 ? { word, terms, forms: forms.length } : { word, terms };
  });
}

/**
 * The words of the synonym groups that no page contains, judged as Pagefind
 * matches: a page word that starts with the synonym's search form. Run at build
 * time over the words of every page in the language.
 */
export function unindexedSynonyms(groups: SynonymGroups, language: string, pageWords: ReadonlySet<string>): string[] {
  const words = [...pageWords];
  return groups.flat().filter((synonym) => {
    // Pagefind stems English itself ("fainted" finds "faints"), so only the common endings are cut for the test.
    const form = STEMMED_HERE.has(language) ? searchForm(synonym, language) : synonym.toLowerCase().replace(/(?<=\p{L}{4})(?:ing|ed|es|s)$/u, '');
    return !words.some((word) => word.startsWith(form));
  });
}
