import { describe, expect, it } from 'vitest';
import { queryWords, splitWords, synonymLookup, unindexedSynonyms } from './query-words.ts';

const english = synonymLookup(
  {
    groups: [
      ['jacket', 'coat', 'anorak'],
      ['mum', 'mom', 'mother'],
    ],
    unindexed: ['anorak'],
  },
  'en',
);
const ukrainian = synonymLookup(
  {
    groups: [
      ['куртка', 'пальто'],
      ['туалет', 'вбиральня'],
    ],
    unindexed: [],
  },
  'uk',
);
const noSynonyms = synonymLookup({ groups: [], unindexed: [] }, 'en');

describe('queryWords', () => {
  it('drops the words a page need not contain', () => {
    expect(queryWords("tickets don't show in the app anymore", 'en', noSynonyms).map((word) => word.word)).toEqual(['tickets', 'show', 'app']);
  });

  it('searches at most five words of a long story, keeping the longest', () => {
    const words = queryWords('guest at the popcorn counter wants a refund because the machine burned her hand badly', 'en', noSynonyms);
    expect(words.map((word) => word.word)).toEqual(['popcorn', 'counter', 'refund', 'machine', 'burned']);
  });

  it('searches every form of an irregular English verb as the word itself', () => {
    expect(queryWords('coat taken', 'en', noSynonyms)).toEqual([
      { word: 'coat', terms: ['coat'] },
      { word: 'taken', terms: ['taken', 'take', 'took'], forms: 3 },
    ]);
  });

  it('keeps stop-words when nothing else is left', () => {
    expect(queryWords('the one', 'en', noSynonyms).map((word) => word.word)).toEqual(['the', 'one']);
  });

  it('adds the synonyms of a word, found by its plural too', () => {
    expect(queryWords('someone grabbed my jackets', 'en', english)).toEqual([
      { word: 'grabbed', terms: ['grabbed'] },
      { word: 'jackets', terms: ['jackets', 'jacket', 'coat'] },
    ]);
  });

  it('recognises a synonym no page contains, but searches only the words pages have', () => {
    expect(queryWords('anorak', 'en', english)).toEqual([{ word: 'anorak', terms: ['anorak', 'jacket', 'coat'] }]);
    expect(queryWords('jacket', 'en', english)[0]!.terms).not.toContain('anorak');
  });

  it('lists the synonyms no page contains, matching page words by their start as Pagefind does', () => {
    const pageWords = new Set(['coats', 'jackets', 'faints', 'куртка', 'курткою']);
    expect(
      unindexedSynonyms(
        [
          ['jacket', 'coat', 'anorak'],
          ['fainted', 'swooned'],
        ],
        'en',
        pageWords,
      ),
    ).toEqual(['anorak', 'swooned']);
    expect(unindexedSynonyms([['куртку', 'пальто']], 'uk', pageWords)).toEqual(['пальто']);
  });

  it('searches Ukrainian by stems, so another case of a synonym is found', () => {
    expect(queryWords('хтось забрав чужу куртку', 'uk', ukrainian)).toEqual([
      { word: 'забрав', terms: ['забра'] },
      { word: 'чужу', terms: ['чуж'] },
      { word: 'куртку', terms: ['курт', 'пальт'] },
    ]);
  });

  it("finds the group of an inflected form whose stem is shorter or longer than the base form's", () => {
    expect(ukrainian('туалеті')).toContain('вбиральня');
    expect(ukrainian('туалету')).toContain('вбиральня');
    expect(ukrainian('курткою')).toContain('пальто');
    expect(ukrainian('кури')).toBeUndefined();
  });

  it('splits on punctuation but keeps apostrophes and hyphens inside words', () => {
    expect(splitWords('Guest’s e-ticket, "gone"!  кто-то')).toEqual(["guest's", 'e-ticket', 'gone', 'кто-то']);
  });
});
