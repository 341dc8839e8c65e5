import { describe, expect, it } from 'vitest';
import { exactCode } from './exact-code.ts';

describe('exactCode', () => {
  it.each([
    ['TKT-001', 'TKT-001'],
    ['tkt-001', 'TKT-001'],
    ['tkt001', 'TKT-001'],
    ['tkt 001', 'TKT-001'],
    ['  Tkt-1 ', 'TKT-001'],
    ['clk 12', 'CLK-012'],
    ['ЕЛЕ-001', 'TKT-001'],
    ['сдл002', 'CLK-002'],
  ])('reads %j as %s', (query, code) => {
    expect(exactCode(query)).toBe(code);
  });

  it.each(['lost ticket', 'tkt', '001', 'tk-001', 'tkt-0001', 'tkt-001 lost'])('finds no code in %j', (query) => {
    expect(exactCode(query)).toBeUndefined();
  });
});
