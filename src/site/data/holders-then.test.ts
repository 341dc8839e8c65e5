import { describe, expect, it } from 'vitest';
import type { Role, VersionRecordData } from '../../model/index.ts';
import { en } from '../i18n/en.ts';
import { holdersThenByVenue, holderText, holderThen } from './holders-then.ts';

const record = (holders: VersionRecordData['holders']): VersionRecordData => ({
  kind: 'code',
  id: 'TKT-001',
  version: 1,
  commit: 'abcdef1',
  committedOn: '2026-01-05T10:00:00Z',
  approvedBy: 'Handbook Test',
  mergedOn: '2026-01-05T10:00:00Z',
  ...(holders ? { holders } : {}),
});
const role = (holder: string, venues?: Role['venues']): Role => ({
  title: 'Shift manager',
  holder,
  contact: '+44 20 7946 0102',
  ...(venues ? { venues } : {}),
});

describe('holderThen and holderText', () => {
  it('names the holder once when it has not changed, and then and now when it has', () => {
    const then = record({ 'shift-manager': { holder: 'Olena Kravets' } });
    expect(holderText(holderThen(then, 'shift-manager', role('Olena Kravets'))!, en.audit)).toBe('Olena Kravets');
    expect(holderText(holderThen(then, 'shift-manager', role('Tomasz Nowak'))!, en.audit)).toBe('held then by Olena Kravets; now Tomasz Nowak');
  });

  it('says when roles.yaml did not say then, and leaves out "now" for a role gone since', () => {
    expect(holderText(holderThen(record(undefined), 'shift-manager', role('Tomasz Nowak'))!, en.audit)).toBe('holder then not recorded; now Tomasz Nowak');
    expect(holderText(holderThen(record({}), 'shift-manager', role('Tomasz Nowak'))!, en.audit)).toBe('holder then not recorded; now Tomasz Nowak');
    expect(holderText(holderThen(record({ 'shift-manager': { holder: 'Olena Kravets' } }), 'shift-manager', undefined)!, en.audit)).toBe(
      'held then by Olena Kravets',
    );
  });

  it('has nothing to tell apart for a version not yet merged: its holders are today’s', () => {
    expect(holderThen(undefined, 'shift-manager', role('Tomasz Nowak'))).toBeUndefined();
    expect(holdersThenByVenue(undefined, 'shift-manager', role('Tomasz Nowak'), ['leeds'])).toBeUndefined();
  });
});

describe('holdersThenByVenue', () => {
  it('groups venues by who held the role then and holds it now, each falling back to the chain-wide holder', () => {
    const then = record({ 'shift-manager': { holder: 'Olena Kravets', venues: { manchester: 'Tomasz Nowak' } } });
    const now = role('Olena Kravets', { manchester: { holder: 'Grace Adeyemi' }, leeds: { holder: 'Samir Haddou' } });
    expect(holdersThenByVenue(then, 'shift-manager', now, ['london-southbank', 'manchester', 'leeds', 'york'])).toEqual([
      { venues: ['london-southbank', 'york'], heldThen: 'Olena Kravets', heldNow: 'Olena Kravets' },
      { venues: ['manchester'], heldThen: 'Tomasz Nowak', heldNow: 'Grace Adeyemi' },
      { venues: ['leeds'], heldThen: 'Olena Kravets', heldNow: 'Samir Haddou' },
    ]);
    expect(holdersThenByVenue(then, 'shift-manager', now, [])).toEqual([{ venues: [], heldThen: 'Olena Kravets', heldNow: 'Olena Kravets' }]);
  });
});
