import { describe, expect, it } from 'vitest';
import { cyrillicKeysFor, latinFromCyrillicKeys } from './keyboard-layouts.ts';

describe('keyboard layouts', () => {
  it('reads a code typed on a Cyrillic layout as the Latin keys pressed', () => {
    expect(latinFromCyrillicKeys('ЕЛЕ-001')).toBe('tkt-001');
    expect(latinFromCyrillicKeys('ІФА')).toBe('saf');
    expect(latinFromCyrillicKeys('ЫФА')).toBe('saf');
  });

  it('gives the Russian and Ukrainian letters of the same keys', () => {
    expect(cyrillicKeysFor('TKT')).toEqual(['еле']);
    expect(cyrillicKeysFor('SAF')).toEqual(['ыфа', 'іфа']);
  });
});
