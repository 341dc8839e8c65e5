import type { DocumentComparison, FieldChange, TrackedField } from './compare-documents.ts';
import { escalationOf } from './compare-documents.ts';
import type { DocumentVersion } from './document-version.ts';
import type { EscalationChange, EscalationPlace } from './escalation-diff.ts';
import { escapeMarkdown, inlineCode } from './markdown-text.ts';
import type { StepChange, WordPart } from './steps-diff.ts';

// Each function returns Markdown lines without a trailing blank line, so callers can join sections freely.

export const FIELD_LABELS: Readonly<Record<TrackedField, string>> = {
  title: 'Title',
  summary: 'Summary',
  owner: 'Owner',
  category: 'Category',
  severity: 'Severity',
  tags: 'Tags',
  related: 'Related codes',
  effective: 'Effective',
  review_by: 'Review by',
  status: 'Status',
  replaced_by: 'Replaced by',
};

/** Fields whose values are ids, shown as code so `shift-manager` is not read as prose. */
const ID_FIELDS = new Set<TrackedField>(['owner', 'category', 'severity', 'related', 'status', 'replaced_by']);

/** "TKT-001 · Lost e-tickets": how a document is named in a heading. */
export const documentLabel = (id: string, title: string) => `${escapeMarkdown(id)} · ${escapeMarkdown(title)}`;

/** A changed document: version, change note, fields, steps, escalation. */
export function renderComparison(comparison: DocumentComparison): string[] {
  const { id, title, version, changeNote } = comparison;
  const lines = [`### ${documentLabel(id, title)}: version ${version.from} → ${version.to}`, ''];
  lines.push(changeNote ? `> ${escapeMarkdown(changeNote)}` : '> No change note.');
  const fieldLines = comparison.fields.map(renderField);
  if (fieldLines.length > 0) lines.push('', ...fieldLines);
  if (comparison.steps.length > 0) lines.push('', '**Steps**', '', ...comparison.steps.map(renderStepChange));
  if (comparison.escalation.length > 0) lines.push('', '**Escalation**', '', ...comparison.escalation.map(renderEscalationChange));
  if (comparison.otherTextChanged) lines.push('', comparison.kind === 'code' ? '_The text outside the steps changed too._' : '_The text changed._');
  return lines;
}

/** A document that is new: what it is, who owns it, its steps and escalation. */
export function renderNewDocument(document: DocumentVersion): string[] {
  const { frontmatter } = document;
  const lines = [`### ${documentLabel(document.id, frontmatter.title)}: new, version ${frontmatter.version}`, ''];
  lines.push(escapeMarkdown(frontmatter.summary), '');
  lines.push(`- **Owner:** ${inlineCode(frontmatter.owner)}`, `- **Category:** ${inlineCode(frontmatter.category)}`);
  if (document.kind === 'code') lines.push(`- **Severity:** ${inlineCode(document.frontmatter.severity)}`);
  lines.push(`- **Effective:** ${day(frontmatter.effective)}`);
  if (document.steps.length > 0) {
    lines.push('', '**Steps**', '', ...document.steps.map((step, index) => `${index + 1}. ${escapeMarkdown(step)}`));
  }
  const ladder = escalationOf(document);
  if (ladder.length > 0) {
    lines.push('', '**Escalation**', '');
    ladder.forEach(({ role, after, when }, index) => {
      lines.push(`${index + 1}. ${levelText(role, { level: index + 1, after, when })}`);
    });
  }
  return lines;
}

export function renderField({ field, from, to }: FieldChange): string {
  const show = (value: string | undefined) => (value === undefined ? '_none_' : ID_FIELDS.has(field) ? inlineCode(value) : escapeMarkdown(value));
  return `- **${FIELD_LABELS[field]}:** ${show(from)} → ${show(to)}`;
}

export function renderStepChange(change: StepChange): string {
  switch (change.change) {
    case 'added':
      return `- Step ${change.to} added: <ins>${escapeMarkdown(change.text)}</ins>`;
    case 'removed':
      return `- Step ${change.from} removed: <del>${escapeMarkdown(change.text)}</del>`;
    case 'changed': {
      const number = change.from === change.to ? `Step ${change.to}` : `Step ${change.from} (now ${change.to})`;
      return `- ${number} changed: ${renderWords(change.words)}`;
    }
  }
}

/** Kept words plain, removed words struck through, added words underlined. */
export function renderWords(words: readonly WordPart[]): string {
  return words
    .map(({ change, text }) => {
      // Whitespace alone is not worth marking, and an empty <ins> would show nothing anyway.
      if (change === 'same' || text.trim() === '') return escapeMarkdown(text);
      return change === 'added' ? `<ins>${escapeMarkdown(text)}</ins>` : `<del>${escapeMarkdown(text)}</del>`;
    })
    .join('');
}

export function renderEscalationChange(change: EscalationChange): string {
  switch (change.change) {
    case 'added':
      return `- Added at level ${change.to.level}: ${levelText(change.role, change.to)}`;
    case 'removed':
      return `- Removed from level ${change.from.level}: ${levelText(change.role, change.from)}`;
    case 'changed':
      return `- ${inlineCode(change.role)}: ${placeDifferences(change.from, change.to).join('; ')}`;
  }
}

function levelText(role: string, place: EscalationPlace): string {
  const terms = [place.after && `after ${escapeMarkdown(place.after)}`, place.when && `when ${escapeMarkdown(place.when)}`].filter(Boolean);
  return [inlineCode(role), ...terms].join(', ');
}

/** Only what differs, so a changed wait is not lost among the terms that stayed. */
function placeDifferences(from: EscalationPlace, to: EscalationPlace): string[] {
  const show = (value: string | undefined) => (value === undefined ? '_none_' : escapeMarkdown(value));
  const differences: string[] = [];
  if (from.level !== to.level) differences.push(`level ${from.level} → ${to.level}`);
  if (from.after !== to.after) differences.push(`after ${show(from.after)} → ${show(to.after)}`);
  if (from.when !== to.when) differences.push(`when ${show(from.when)} → ${show(to.when)}`);
  return differences;
}

const day = (date: Date) => date.toISOString().slice(0, 10);
