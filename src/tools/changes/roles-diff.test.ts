import { describe, expect, it } from 'vitest';
import { compareRoles, readRoles } from './roles-diff.ts';

const ROLES = `usher:
  title: Usher
  holder: Jamal Okafor
  contact: "+44 20 7946 0111"
shift-manager:
  title: Shift manager
  holder: Ana Silva
  contact: "+44 20 7946 0120"
  github: ana-silva
`;

describe('roles', () => {
  it('reads roles.yaml through the schema, and refuses what the schema refuses', () => {
    expect(Object.keys(readRoles(ROLES) ?? {})).toEqual(['usher', 'shift-manager']);
    expect(readRoles('usher: [')).toBeUndefined();
    expect(readRoles(ROLES.replace('"+44 20 7946 0111"', 'the front desk'))).toBeUndefined();
  });

  it('lists roles added, removed and changed in id order, with the fields that changed', () => {
    const before = readRoles(ROLES)!;
    const after = readRoles(
      ROLES.replace('Ana Silva', 'Olena Kravets')
        .replace('  github: ana-silva\n', '')
        .replace(/^usher:[\s\S]*?(?=shift-manager)/m, '') + 'cashier:\n  title: Cashier\n  holder: Halyna Moroz\n  contact: "+44 20 7946 0112"\n',
    )!;
    expect(compareRoles(before, after)).toEqual([
      { change: 'added', id: 'cashier', role: { title: 'Cashier', holder: 'Halyna Moroz', contact: '+44 20 7946 0112' } },
      {
        change: 'changed',
        id: 'shift-manager',
        title: 'Shift manager',
        fields: [
          { field: 'holder', from: 'Ana Silva', to: 'Olena Kravets' },
          { field: 'github', from: 'ana-silva', to: undefined },
        ],
      },
      { change: 'removed', id: 'usher', role: { title: 'Usher', holder: 'Jamal Okafor', contact: '+44 20 7946 0111' } },
    ]);
  });
});
