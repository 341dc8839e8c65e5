import type { DocumentKind } from '../../model/index.ts';
import type { DocumentVersion } from './document-version.ts';
import { compareEscalation, type EscalationChange } from './escalation-diff.ts';
import { compareSteps, type StepChange } from './steps-diff.ts';

/** Frontmatter fields a reader cares about, in the order a summary lists them. */
export const TRACKED_FIELDS = [
  'title',
  'summary',
  'owner',
  'category',
  'severity',
  'tags',
  'related',
  'effective',
  'review_by',
  'status',
  'replaced_by',
] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];

/** One frontmatter field whose value differs; dates are written YYYY-MM-DD and lists comma-separated. */
export interface FieldChange {
  field: TrackedField;
  from: string | undefined;
  to: string | undefined;
}

/** Everything that differs between two versions of one document. */
export interface DocumentComparison {
  kind: DocumentKind;
  id: string;
  /** The path of the newer version. */
  path: string;
  /** The newer version's title. */
  title: string;
  version: { from: number; to: number };
  /** The newer version's change note. */
  changeNote: string | undefined;
  fields: FieldChange[];
  steps: StepChange[];
  escalation: EscalationChange[];
  /** True when the body changed outside the `## Steps` section (other sections, notes). */
  otherTextChanged: boolean;
  /** True when this change retires the document. */
  retired: boolean;
}

/** Compare two versions of the same document, `before` being the older. */
export function compareDocuments(before: DocumentVersion, after: DocumentVersion): DocumentComparison {
  return {
    kind: after.kind,
    id: after.id,
    path: after.path,
    title: after.frontmatter.title,
    version: { from: before.frontmatter.version, to: after.frontmatter.version },
    changeNote: after.frontmatter.change_note,
    fields: TRACKED_FIELDS.flatMap((field) => {
      const from = fieldText(before, field);
      const to = fieldText(after, field);
      return from === to ? [] : [{ field, from, to }];
    }),
    steps: compareSteps(before.steps, after.steps),
    escalation: compareEscalation(escalationOf(before), escalationOf(after)),
    otherTextChanged: before.otherText.trim() !== after.otherText.trim(),
    retired: before.frontmatter.status !== 'retired' && after.frontmatter.status === 'retired',
  };
}

/** True when nothing a reader would notice differs (for example only line endings or YAML quoting changed). */
export function isUnchanged(comparison: DocumentComparison): boolean {
  const { version, fields, steps, escalation, otherTextChanged } = comparison;
  return version.from === version.to && fields.length === 0 && steps.length === 0 && escalation.length === 0 && !otherTextChanged;
}

export function escalationOf(version: DocumentVersion) {
  return version.kind === 'code' ? version.frontmatter.escalation : [];
}

function fieldText(version: DocumentVersion, field: TrackedField): string | undefined {
  const frontmatter: Partial<Record<TrackedField, unknown>> = version.frontmatter;
  const value = frontmatter[field];
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : undefined;
  return value === undefined ? undefined : String(value);
}
