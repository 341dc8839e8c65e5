import { describe, expect, it } from 'vitest';
import { readDocumentVersion } from './document-version.ts';

const CODE = `---
code: TKT-009
title: Seat taken
summary: Someone sits in the guest's booked seat.
category: hall
severity: low
owner: usher
version: 3
effective: 2026-05-01
review_by: 2030-05-01
change_note: Say the phrase before checking tickets.
escalation:
  - role: shift-manager
    after: 5 min
---

Intro text before the steps.

## Steps

1. **Usher:** Check both tickets with a torch. <Say>May I see your tickets?</Say>
2. Offer the seat-holder the booked seat:
   - walk them there
   - thank the other guest

## Why

Guests who paid for a seat get that seat.
`;

describe('readDocumentVersion', () => {
  it('reads frontmatter through the schema and the steps as plain text, with phrases to say in quotes', () => {
    const reading = readDocumentVersion('content/codes/TKT-009.mdx', CODE);
    expect(reading.readable).toBe(true);
    if (!reading.readable) return;
    const { version } = reading;
    expect(version.kind).toBe('code');
    expect(version.id).toBe('TKT-009');
    expect(version.frontmatter.version).toBe(3);
    expect(version.frontmatter.effective).toEqual(new Date('2026-05-01T00:00:00Z'));
    expect(version.steps).toEqual([
      'Usher: Check both tickets with a torch. “May I see your tickets?”',
      'Offer the seat-holder the booked seat: walk them there thank the other guest',
    ]);
  });

  it('keeps the text outside the steps, so a change there is noticed', () => {
    const reading = readDocumentVersion('content/codes/TKT-009.mdx', CODE);
    if (!reading.readable) throw new Error(reading.reason);
    expect(reading.version.otherText).toBe('Intro text before the steps.\n\n## Why\n\nGuests who paid for a seat get that seat.');
    expect(reading.version.otherText).not.toContain('torch');
  });

  it('reads a standard, which has no escalation and may have no steps', () => {
    const standard = CODE.replace(/^code: .*\n/m, '')
      .replace(/^severity: .*\n/m, '')
      .replace(/escalation:\n.*\n.*\n/, '');
    const reading = readDocumentVersion('content/standards/seat-taken.mdx', standard.replace(/## Steps[\s\S]*?## Why/, '## Why'));
    if (!reading.readable) throw new Error(reading.reason);
    expect(reading.version.kind).toBe('standard');
    expect(reading.version.id).toBe('seat-taken');
    expect(reading.version.steps).toEqual([]);
  });

  it.each([
    ['no frontmatter', 'Just text\n', /frontmatter is missing or is not valid YAML/],
    ['broken YAML', '---\ntitle: [\n---\n', /frontmatter is missing or is not valid YAML/],
    ['a field the schema refuses', CODE.replace('version: 3', 'version: three'), /does not match the content model/],
  ])('returns an unreadable document, never throws, for %s', (_case, text, reason) => {
    const reading = readDocumentVersion('content/codes/TKT-009.mdx', text);
    expect(reading).toMatchObject({ readable: false, kind: 'code', id: 'TKT-009', path: 'content/codes/TKT-009.mdx' });
    if (!reading.readable) expect(reading.reason).toMatch(reason);
  });

  it('reads broken MDX as Markdown, so a stray < still yields the steps', () => {
    const reading = readDocumentVersion('content/codes/TKT-009.mdx', CODE.replace('Check both', 'Check < both'));
    if (!reading.readable) throw new Error(reading.reason);
    expect(reading.version.steps[0]).toContain('Check < both');
  });
});
