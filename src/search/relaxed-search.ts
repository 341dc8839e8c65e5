import type { QueryWord } from './query-words.ts';

/** A page that one search term found, with Pagefind's score for it and whatever the caller needs back. */
export interface TermHit<Result> {
  id: string;
  score: number;
  result: Result;
}

/** A page of the final list: how well it matches the query, and which of the query's words it matched. */
export interface RankedPage<Result> {
  id: string;
  score: number;
  matchedWords: string[];
  result: Result;
}

/**
 * Search word by word and rank pages by how much of the query they match.
 * Pagefind requires every word of a query to match, so one word a page lacks
 * ("anymore", "mum") empties the list. Here each word (with its synonyms) is
 * searched alone; a word that matches nothing drops out, as Algolia's
 * "remove words if no results" does; a page scores the sum, over the words it
 * matches, of that word's rarity (a word on every page says little) scaled by
 * how strongly Pagefind matched it. Pages matching all the words come first.
 */
export async function relaxedSearch<Result>(
  words: readonly QueryWord[],
  searchTerm: (term: string) => Promise<ReadonlyArray<TermHit<Result>>>,
  pageCount: number,
): Promise<RankedPage<Result>[]> {
  const pages = new Map<string, RankedPage<Result>>();
  const [perWord, together] = await Promise.all([
    Promise.all(words.map((word) => matchesOfWord(word, searchTerm))),
    // Pagefind's own ranking of the words together (all must match) knows where they sit: in the title, close by.
    words.length > 1 ? matchesOfWord({ word: '', terms: [words.map((word) => word.terms[0]).join(' ')] }, searchTerm) : new Map(),
  ]);
  let totalRarity = 0;
  perWord.forEach((matches, index) => {
    if (matches.size === 0) return;
    const rarity = Math.log(1 + Math.max(pageCount, matches.size) / matches.size);
    totalRarity += rarity;
    for (const [id, { strength, result }] of matches) {
      const page = pages.get(id) ?? { id, score: 0, matchedWords: [], result };
      // Matching a word at all counts most; how strongly decides between pages that match the same words.
      page.score += rarity * (0.5 + 0.5 * strength);
      page.matchedWords.push(words[index]!.word);
      pages.set(id, page);
    }
  });
  // A page that has every word scores a little more when Pagefind ranks it high for the words together.
  for (const [id, { strength }] of together) {
    const page = pages.get(id);
    if (page) page.score += TOGETHER_WEIGHT * totalRarity * strength;
  }
  return [...pages.values()].sort((a, b) => b.score - a.score);
}

/** How much Pagefind's ranking of the whole query adds, as a share of what matching every word is worth. */
const TOGETHER_WEIGHT = 0.3;

/** A page found only through a synonym matches a little less than one that has the word staff typed. */
const SYNONYM_STRENGTH = 0.7;

/** Every page one word finds through any of its terms, with its strongest match scaled to 0-1. */
async function matchesOfWord<Result>(
  word: QueryWord,
  searchTerm: (term: string) => Promise<ReadonlyArray<TermHit<Result>>>,
): Promise<Map<string, { strength: number; result: Result }>> {
  const matches = new Map<string, { strength: number; result: Result }>();
  const hitsPerTerm = await Promise.all(word.terms.map(searchTerm));
  for (const [termIndex, hits] of hitsPerTerm.entries()) {
    const best = Math.max(...hits.map((hit) => hit.score), Number.MIN_VALUE);
    for (const hit of hits) {
      const strength = (hit.score / best) * (termIndex === 0 ? 1 : SYNONYM_STRENGTH);
      if ((matches.get(hit.id)?.strength ?? -1) < strength) matches.set(hit.id, { strength, result: hit.result });
    }
  }
  return matches;
}
