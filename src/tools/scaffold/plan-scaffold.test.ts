import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nextCode, prefixFor } from './code-numbers.ts';
import type { HandbookInventory } from './inventory.ts';
import { planScaffold, slugOf, type ScaffoldRequest } from './plan-scaffold.ts';

const inventory: HandbookInventory = {
  roles: new Map([
    ['usher', 'Usher'],
    ['shift-manager', 'Shift manager'],
  ]),
  categories: new Map([
    ['tickets', 'Tickets'],
    ['cloakroom', 'Cloakroom'],
    ['safety', 'Safety'],
  ]),
  codes: [
    { code: 'TKT-001', category: 'tickets' },
    { code: 'TKT-002', category: 'tickets' },
    // TKT-004 exists and TKT-003 does not: a gap, perhaps a code still cited from history.
    { code: 'TKT-004', category: 'tickets' },
    { code: 'CLK-001', category: 'cloakroom' },
  ],
  standards: new Set(['refunds']),
};

const request: ScaffoldRequest = { kind: 'code', category: 'tickets', title: 'Seat double-booked', owner: 'usher', today: new Date('2026-11-25T00:00:00Z') };

describe('next free code', () => {
  it('takes the category’s prefix and one more than the highest number, never filling a gap', () => {
    expect(prefixFor(inventory, 'tickets', undefined)).toEqual({ ok: true, value: 'TKT' });
    expect(nextCode(inventory, 'TKT')).toEqual({ ok: true, value: 'TKT-005' });
    expect(nextCode(inventory, 'CLK')).toEqual({ ok: true, value: 'CLK-002' });
    expect(nextCode(inventory, 'SAF')).toEqual({ ok: true, value: 'SAF-001' });
  });

  it('needs --prefix for a category without codes, and refuses one another category uses', () => {
    expect(prefixFor(inventory, 'safety', undefined)).toEqual({
      ok: false,
      reason: 'Missing --prefix: safety has no codes yet, so choose its three capital letters, such as --prefix SAF',
    });
    expect(prefixFor(inventory, 'safety', 'SAF')).toEqual({ ok: true, value: 'SAF' });
    expect(prefixFor(inventory, 'safety', 'CLK')).toMatchObject({ ok: false, reason: expect.stringContaining('CLK-001 in cloakroom uses it already') });
    expect(prefixFor(inventory, 'tickets', 'BOX')).toMatchObject({ ok: false, reason: expect.stringContaining('codes in tickets use TKT') });
    expect(prefixFor(inventory, 'safety', 'sa1')).toMatchObject({ ok: false, reason: expect.stringContaining('three capital letters') });
  });

  it('refuses when a category mixes prefixes, and when the numbers run out', () => {
    const mixed = { ...inventory, codes: [...inventory.codes, { code: 'TIX-001', category: 'tickets' }] };
    expect(prefixFor(mixed, 'tickets', undefined)).toMatchObject({
      ok: false,
      reason: 'Missing --prefix: codes in tickets use TIX and TKT; say which with --prefix',
    });
    const full = { ...inventory, codes: [{ code: 'TKT-999', category: 'tickets' }] };
    expect(nextCode(full, 'TKT')).toEqual({ ok: false, reason: 'No free code left for TKT: TKT-999 is taken' });
  });
});

describe('planScaffold', () => {
  it('writes a first version effective today, due for review in a year, with one escalation level', () => {
    const plan = planScaffold(inventory, { ...request, escalate: 'shift-manager', severity: 'high', summary: 'Two guests hold tickets for one seat.' });
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.value).toMatchObject({ id: 'TKT-005', path: 'content/codes/TKT-005.mdx' });
    const [, frontmatter, body] = plan.value.text.split(/^---$/m);
    expect(parse(frontmatter!)).toEqual({
      code: 'TKT-005',
      title: 'Seat double-booked',
      summary: 'Two guests hold tickets for one seat.',
      category: 'tickets',
      severity: 'high',
      owner: 'usher',
      version: 1,
      effective: '2026-11-25',
      review_by: '2027-11-25',
      change_note: 'First version.',
      escalation: [{ role: 'shift-manager' }],
    });
    expect(body).toBe(
      `\n\n## Steps\n\n1. ⟦write: the first step as **Role:** what they do, for example **Usher:** Walk the guest to the box office and say the code.⟧\n`,
    );
    expect(body).not.toContain('TODO');
  });

  it('defaults severity to medium and the first escalation level to the owner', () => {
    const plan = planScaffold(inventory, request);
    expect(plan.ok && parse(plan.value.text.split(/^---$/m)[1]!)).toMatchObject({
      severity: 'medium',
      escalation: [{ role: 'usher' }],
      summary: '⟦write: one sentence saying what has happened⟧',
    });
  });

  it('names a standard after its title and refuses a slug in use', () => {
    const standard = { kind: 'standard', category: 'tickets', title: 'Café & bar: opening times', owner: 'usher', today: request.today };
    expect(planScaffold(inventory, standard)).toMatchObject({
      ok: true,
      value: { id: 'cafe-bar-opening-times', path: 'content/standards/cafe-bar-opening-times.mdx' },
    });
    expect(planScaffold(inventory, { ...standard, slug: 'refunds' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('content/standards/refunds.mdx exists already'),
    });
  });

  it.each([
    [{ kind: 'policy' }, 'Unknown --kind policy; expected code or standard'],
    [{ category: 'popcorn' }, 'Unknown --category popcorn; expected one of tickets, cloakroom, safety (from content/categories.yaml)'],
    [{ owner: 'night-porter' }, 'Unknown --owner night-porter; expected a role from content/roles.yaml: usher, shift-manager'],
    [{ escalate: 'head-usher' }, 'Unknown --escalate head-usher; expected a role from content/roles.yaml: usher, shift-manager'],
    [{ severity: 'urgent' }, 'Unknown --severity urgent; expected one of low, medium, high, critical'],
    [{ title: '  ' }, 'Missing --title: a few words staff would say, on one line'],
    [{ slug: 'x' }, 'Unexpected --slug for a code: a code is named by the next free number'],
    [{ kind: 'standard', severity: 'low' }, 'Unexpected --severity for a standard: only problem codes have it'],
  ])('refuses %j in one line', (change, reason) => {
    expect(planScaffold(inventory, { ...request, ...change })).toEqual({ ok: false, reason });
  });
});

describe('slugOf', () => {
  it.each([
    ['Lost property at night', 'lost-property-at-night'],
    ['  Über-crowded foyer!  ', 'uber-crowded-foyer'],
  ])('%j → %j', (title, slug) => expect(slugOf(title)).toBe(slug));
});
