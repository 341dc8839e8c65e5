import { describe, expect, it } from 'vitest';
import { compareEscalation } from './escalation-diff.ts';

describe('compareEscalation', () => {
  const ladder = [
    { role: 'shift-manager', after: '10 min', when: 'the door is blocked' },
    { role: 'cinema-manager', after: '1 h' },
  ];

  it('finds nothing in an unchanged ladder', () => {
    expect(compareEscalation(ladder, structuredClone(ladder))).toEqual([]);
  });

  it('reports levels added and removed by role, in ladder order', () => {
    const after = [ladder[0]!, { role: 'security-officer' }, { role: 'operations-director', after: '1 d' }];
    expect(compareEscalation(ladder, after)).toEqual([
      { change: 'removed', role: 'cinema-manager', from: { level: 2, after: '1 h' } },
      { change: 'added', role: 'security-officer', to: { level: 2 } },
      { change: 'added', role: 'operations-director', to: { level: 3, after: '1 d' } },
    ]);
  });

  it('reports a changed wait, condition or place for a role that stays', () => {
    const after = [
      { role: 'cinema-manager', after: '30 min' },
      { role: 'shift-manager', after: '5 min', when: 'the door is blocked' },
    ];
    expect(compareEscalation(ladder, after)).toEqual([
      { change: 'changed', role: 'cinema-manager', from: { level: 2, after: '1 h' }, to: { level: 1, after: '30 min' } },
      {
        change: 'changed',
        role: 'shift-manager',
        from: { level: 1, after: '10 min', when: 'the door is blocked' },
        to: { level: 2, after: '5 min', when: 'the door is blocked' },
      },
    ]);
  });
});
