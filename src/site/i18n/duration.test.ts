import { describe, expect, it } from 'vitest';
import { durationIn } from './duration.ts';

describe('durationIn', () => {
  it.each([
    ['10 min', 'en', '10 min'],
    ['10 min', 'uk', '10 хв'],
    ['10min', 'ru', '10 мин'],
    ['2 h', 'uk', '2 год'],
    ['1 d', 'ru', '1 дн.'],
  ])('%j in %s is %j', (duration, language, expected) => {
    expect(durationIn(duration, language)).toBe(expected);
  });

  it('shows anything that is not a duration as written', () => {
    expect(durationIn('soon', 'uk')).toBe('soon');
  });
});
