import { describe, expect, it } from 'vitest';
import { relaxedSearch, type TermHit } from './relaxed-search.ts';

/** A fake index: term → pages and scores, as Pagefind would answer for one word. */
function index(entries: Record<string, Record<string, number>>) {
  return async (term: string): Promise<TermHit<string>[]> => Object.entries(entries[term] ?? {}).map(([id, score]) => ({ id, score, result: id }));
}

describe('relaxedSearch', () => {
  it('still finds pages when a word of the query matches nothing', async () => {
    const search = index({ tickets: { tkt1: 5, tkt2: 4 }, app: { tkt1: 3 } });
    const ranked = await relaxedSearch(
      [
        { word: 'tickets', terms: ['tickets'] },
        { word: 'app', terms: ['app'] },
        { word: 'anymore', terms: ['anymore'] },
      ],
      search,
      50,
    );
    expect(ranked.map((page) => page.id)).toEqual(['tkt1', 'tkt2']);
    expect(ranked[0]!.matchedWords).toEqual(['tickets', 'app']);
  });

  it('puts a page matching a rare word above one matching a common word more strongly', async () => {
    const search = index({ guest: { a: 10, b: 1, c: 1, d: 1 }, jacket: { b: 1 } });
    const ranked = await relaxedSearch(
      [
        { word: 'guest', terms: ['guest'] },
        { word: 'jacket', terms: ['jacket'] },
      ],
      search,
      4,
    );
    expect(ranked[0]!.id).toBe('b');
  });

  it('counts a word found through a synonym once, at its strongest', async () => {
    const search = index({ jacket: { clk: 2 }, coat: { clk: 8, other: 4 } });
    const ranked = await relaxedSearch([{ word: 'jacket', terms: ['jacket', 'coat'] }], search, 10);
    expect(ranked.map((page) => [page.id, page.matchedWords])).toEqual([
      ['clk', ['jacket']],
      ['other', ['jacket']],
    ]);
  });

  it('puts a page with the word staff typed above one that has only its synonym', async () => {
    const search = index({ missing: { clk: 3 }, lost: { lst: 9, clk: 1 } });
    const ranked = await relaxedSearch([{ word: 'missing', terms: ['missing', 'lost'] }], search, 10);
    expect(ranked[0]!.id).toBe('clk');
  });

  it("breaks a tie between pages matching every word by Pagefind's ranking of the words together", async () => {
    const search = index({ lost: { a: 5, b: 5 }, tickets: { a: 5, b: 5 }, 'lost tickets': { a: 1, b: 6 } });
    const ranked = await relaxedSearch(
      [
        { word: 'lost', terms: ['lost'] },
        { word: 'tickets', terms: ['tickets'] },
      ],
      search,
      10,
    );
    expect(ranked.map((page) => page.id)).toEqual(['b', 'a']);
  });

  it('counts another form of the typed word as fully as the word itself', async () => {
    const search = index({ taken: { lst: 5 }, took: { clk: 5 } });
    const ranked = await relaxedSearch([{ word: 'taken', terms: ['taken', 'took'], forms: 2 }], search, 10);
    expect(ranked[0]!.score).toBeCloseTo(ranked[1]!.score);
  });

  it('returns nothing when no word matches', async () => {
    expect(await relaxedSearch([{ word: 'zzz', terms: ['zzz'] }], index({}), 10)).toEqual([]);
  });
});
