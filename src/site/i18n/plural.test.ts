import { describe, expect, it } from 'vitest';
import { pluralForm } from './plural.ts';

describe('pluralForm', () => {
  const uk = { one: '{count} код', few: '{count} коди', many: '{count} кодів', other: '{count} коду' };

  it.each([
    [1, '1 код'],
    [3, '3 коди'],
    [5, '5 кодів'],
    [11, '11 кодів'],
    [21, '21 код'],
    [22, '22 коди'],
    [1.5, '1.5 коду'],
  ])('says %s in Ukrainian as "%s"', (count, text) => {
    expect(pluralForm('uk', count, uk)).toBe(text);
  });

  it('falls back to `other` for a form the language has but the text lacks', () => {
    expect(pluralForm('en', 2, { one: '{count} result', other: '{count} results' })).toBe('2 results');
    expect(pluralForm('ru', 5, { other: '{count} результатов' })).toBe('5 результатов');
  });
});
