import { describe, expect, it } from 'vitest';
import { compareDocuments } from './compare-documents.ts';
import { GOOD_TKT_001, TKT_001_V3, versionOf } from '../../../test/change-fixtures.ts';
import { renderComparison, renderEscalationChange, renderNewDocument, renderWords } from './markdown.ts';
import { escapeMarkdown } from './markdown-text.ts';

describe('renderComparison', () => {
  it('writes the version change, the note, the owner and a word diff of the changed step', () => {
    const markdown = renderComparison(compareDocuments(versionOf(GOOD_TKT_001), versionOf(TKT_001_V3))).join('\n');
    expect(markdown).toBe(
      [
        '### TKT-001 · E-ticket rejected at the hall door: version 2 → 3',
        '',
        '> Refunds are now promised within 2 business days.',
        '',
        '- **Owner:** `shift-manager` → `cinema-manager`',
        '- **Effective:** 2026-03-01 → 2026-12-01',
        '',
        '**Steps**',
        '',
        '- Step 2 added: <ins>Cashier: Check the booking reference.</ins>',
        '- Step 4 (now 5) changed: Promise the refund within <del>3</del><ins>2</ins> business days.',
        '',
        '**Escalation**',
        '',
        '- `guest-relations`: after 1 d → 2 h',
      ].join('\n'),
    );
  });

  it('says so when a change comes without a change note', () => {
    const unnoted = GOOD_TKT_001.replace('version: 2', 'version: 3');
    expect(renderComparison(compareDocuments(versionOf(GOOD_TKT_001), versionOf(unnoted)))).toContain('> No change note.');
  });
});

describe('renderNewDocument', () => {
  it('lists owner, steps and the escalation ladder of a new code', () => {
    const lines = renderNewDocument(versionOf(GOOD_TKT_001));
    expect(lines[0]).toBe('### TKT-001 · E-ticket rejected at the hall door: new, version 2');
    expect(lines).toContain('- **Owner:** `shift-manager`');
    expect(lines).toContain('4. Promise the refund within 3 business days.');
    expect(lines).toContain('1. `shift-manager`, after 10 min, when new tickets are rejected too');
  });
});

describe('escaping', () => {
  it('keeps document text from becoming Markdown or HTML', () => {
    expect(escapeMarkdown('Use *only* <Say> & [links](x) | `code` ~~x~~ #1')).toBe(
      'Use \\*only\\* &lt;Say&gt; &amp; \\[links\\](x) \\| \\`code\\` \\~\\~x\\~\\~ \\#1',
    );
  });

  it('marks removed and added words but leaves whitespace alone', () => {
    expect(
      renderWords([
        { change: 'same', text: 'a ' },
        { change: 'removed', text: '*b*' },
        { change: 'added', text: ' ' },
      ]),
    ).toBe('a <del>\\*b\\*</del> ');
  });

  it('names an added escalation level with its terms', () => {
    expect(renderEscalationChange({ change: 'added', role: 'security-officer', to: { level: 3, when: 'a guest is <violent>' } })).toBe(
      '- Added at level 3: `security-officer`, when a guest is &lt;violent&gt;',
    );
  });
});
