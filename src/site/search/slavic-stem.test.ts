import { describe, expect, it } from 'vitest';
import { slavicStem } from './slavic-stem.ts';

/** Two forms of one word meet when the stem of either is the start of the other. */
const finds = (query: string, indexed: string) => indexed.toLowerCase().startsWith(slavicStem(query));

describe('slavicStem', () => {
  it.each([
    ['куртку', 'куртка'],
    ['куртки', 'курткою'],
    ['квитка', 'квиток'],
    ['квиток', 'квитками'],
    ['загубила', 'загубив'],
    ['дитину', 'дитина'],
    ['билета', 'билет'],
    ['кошелька', 'кошелёк'],
    ['потерялся', 'потерял'],
    ['гардеробі', 'гардероб'],
    ['пропали', 'пропала'],
    ['забрав', 'забрали'],
    ['девочки', 'девочка'],
    ['крісла', 'крісло'],
  ])('lets "%s" find "%s"', (query, indexed) => {
    expect(finds(query, indexed)).toBe(true);
  });

  it('keeps short words whole, so they do not match half the dictionary', () => {
    expect(slavicStem('зал')).toBe('зал');
    expect(slavicStem('сумку')).toBe('сумк');
    expect(slavicStem('кіно')).toBe('кіно');
    expect(slavicStem('чужу')).toBe('чуж');
  });

  it('does not join unrelated words', () => {
    expect(finds('куртку', 'кури')).toBe(false);
    expect(finds('квиток', 'квітка')).toBe(false);
    // A past-tense verb keeps its vowel: "пропали" must not find "пропуск" (a pass).
    expect(finds('пропали', 'пропуск')).toBe(false);
  });
});
