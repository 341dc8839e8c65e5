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
  const rarity = (found: number) => Math.log(1 + Math.max(pageCount, found) / found);
  const pages = new Map<string, RankedPage<Result>>();
  const [perWord, together] = await Promise.all([
    Promise.all(words.map((word) => matchesOfWord(word, searchTerm, rarity))),
    // Pagefind's own ranking of the words together (all must match) knows where they sit: in the title, close by.
    words.length > 1 ? matchesOfWord({ word: '', terms: [words.map((word) => word.terms[0]).join(' ')] }, searchTerm, () => 1) : new Map(),
  ]);
  let totalWeight = 0;
  perWord.forEach((matches, index) => {
    totalWeight += Math.max(0, ...[...matches.values()].map((match) => match.weight));
    for (const [id, { weight, result }] of matches) {
      const page = pages.get(id) ?? { id, score: 0, matchedWords: [], result };
      page.score += weight;
      page.matchedWords.push(words[index]!.word);
      pages.set(id, page);
    }
  });
  // A page that has every word scores a little more when Pagefind ranks it high for the words together.
  for (const [id, { weight }] of together) {
    const page = pages.get(id);
    if (page) page.score += TOGETHER_WEIGHT * totalWeight * weight;
  }
  return [...pages.values()].sort((a, b) => b.score - a.score);
}

/** How much Pagefind's ranking of the whole query adds, as a share of what matching every word is worth. */
const TOGETHER_WEIGHT = 0.3;

/** A page found only through a synonym matches a little less than one that has the word staff typed. */
const SYNONYM_FACTOR = 0.7;

/**
 * What one word is worth to each page it finds. Each of its terms (the word,
 * then its synonyms) is a way to match it, worth its own rarity: a term on
 * every page says little, so a common synonym cannot drown a rare word. A
 * page takes its best term; matching at all counts most, and how strongly
 * Pagefind matched it decides between pages matching the same words.
 */
async function matchesOfWord<Result>(
  word: QueryWord,
  searchTerm: (term: string) => Promise<ReadonlyArray<TermHit<Result>>>,
  rarity: (found: number) => number,
): Promise<Map<string, { weight: number; result: Result }>> {
  const matches = new Map<string, { weight: number; result: Result }>();
  const hitsPerTerm = await Promise.all(word.terms.map(searchTerm));
  for (const [termIndex, hits] of hitsPerTerm.entries()) {
    if (hits.length === 0) continue;
    const best = Math.max(...hits.map((hit) => hit.score), Number.MIN_VALUE);
    const worth = rarity(hits.length) * (termIndex < (word.forms ?? 1) ? 1 : SYNONYM_FACTOR);
    for (const hit of hits) {
      const weight = worth * (0.5 + (0.5 * hit.score) / best);
      if ((matches.get(hit.id)?.weight ?? -1) < weight) matches.set(hit.id, { weight, result: hit.result });
    }
  }
  return matches;
}
