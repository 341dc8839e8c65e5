import { describe, expect, it } from 'vitest';
import { GOOD_TKT_001, TKT_001_V3, versionOf } from '../../../test/change-fixtures.ts';
import { compareDocuments, isUnchanged } from './compare-documents.ts';

describe('compareDocuments', () => {
  it('lists version, fields, steps and escalation that differ', () => {
    const comparison = compareDocuments(versionOf(GOOD_TKT_001), versionOf(TKT_001_V3));
    expect(comparison).toMatchObject({
      kind: 'code',
      id: 'TKT-001',
      title: 'E-ticket rejected at the hall door',
      version: { from: 2, to: 3 },
      changeNote: 'Refunds are now promised within 2 business days.',
      otherTextChanged: false,
      retired: false,
    });
    expect(comparison.fields).toEqual([
      { field: 'owner', from: 'shift-manager', to: 'cinema-manager' },
      { field: 'effective', from: '2026-03-01', to: '2026-12-01' },
    ]);
    expect(comparison.steps.map((step) => step.change)).toEqual(['added', 'changed']);
    expect(comparison.steps[1]).toMatchObject({ from: 4, to: 5 });
    expect(comparison.escalation).toEqual([{ change: 'changed', role: 'guest-relations', from: { level: 2, after: '1 d' }, to: { level: 2, after: '2 h' } }]);
    expect(isUnchanged(comparison)).toBe(false);
  });

  it('notices changed related codes and tags, written as lists', () => {
    const relinked = GOOD_TKT_001.replace('related: [TKT-002, CLK-001]', 'related: [CLK-001]').replace('tags: [app, qr]', 'tags: [app, qr, door]');
    expect(compareDocuments(versionOf(GOOD_TKT_001), versionOf(relinked)).fields).toEqual([
      { field: 'tags', from: 'app, qr', to: 'app, qr, door' },
      { field: 'related', from: 'TKT-002, CLK-001', to: 'CLK-001' },
    ]);
  });

  it('notices a retirement and text changed outside the steps', () => {
    const retired = GOOD_TKT_001.replace('version: 2', 'version: 3\nstatus: retired\nreplaced_by: TKT-002').replace("I'm sorry", 'Sorry');
    const comparison = compareDocuments(versionOf(GOOD_TKT_001), versionOf(retired));
    expect(comparison.retired).toBe(true);
    expect(comparison.otherTextChanged).toBe(true);
    expect(comparison.fields).toEqual([
      { field: 'status', from: 'active', to: 'retired' },
      { field: 'replaced_by', from: undefined, to: 'TKT-002' },
    ]);
  });

  it('calls a file whose text changed but whose content did not unchanged', () => {
    const requoted = GOOD_TKT_001.replace('title: E-ticket rejected at the hall door', 'title: "E-ticket rejected at the hall door"');
    expect(isUnchanged(compareDocuments(versionOf(GOOD_TKT_001), versionOf(requoted)))).toBe(true);
  });
});
