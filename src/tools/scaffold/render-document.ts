import { stringify } from 'yaml';
import { placeholder } from '../../model/index.ts';

export interface NewDocumentFields {
  title: string;
  summary: string | undefined;
  category: string;
  owner: string;
  /** The day the first version takes effect; it is due for review a year later. */
  today: Date;
}

export interface NewCodeFields extends NewDocumentFields {
  code: string;
  severity: string;
  /** The one escalation level a new code starts with. */
  escalate: string;
}

// What only the writer can say, marked `⟦write: …⟧`: the checker refuses each until someone has written it.
/** The summary to write when none was given. */
export const SUMMARY_PLACEHOLDER = placeholder('one sentence saying what has happened');
export const STEP_PLACEHOLDER = placeholder(
  'the first step as **Role:** what they do, for example **Usher:** Walk the guest to the box office and say the code.',
);
export const RULE_PLACEHOLDER = placeholder('the first rule of this standard');

export function renderNewCode(fields: NewCodeFields): string {
  const frontmatter = {
    code: fields.code,
    ...controlFields(fields, { severity: fields.severity }),
    escalation: [{ role: fields.escalate }],
  };
  return document(frontmatter, ['## Steps', '', `1. ${STEP_PLACEHOLDER}`]);
}

export function renderNewStandard(fields: NewDocumentFields): string {
  return document(controlFields(fields, {}), ['## Rules', '', `1. ${RULE_PLACEHOLDER}`]);
}

/** Fields in the order docs/writing-standards.md lists them, so new files read like the others. */
function controlFields(fields: NewDocumentFields, extra: { severity?: string }) {
  return {
    title: fields.title,
    summary: fields.summary ?? SUMMARY_PLACEHOLDER,
    category: fields.category,
    ...extra,
    owner: fields.owner,
    version: 1,
    effective: isoDay(fields.today),
    review_by: isoDay(oneYearAfter(fields.today)),
    change_note: 'First version.',
  };
}

function document(frontmatter: Record<string, unknown>, body: string[]): string {
  // lineWidth 0: a long summary stays on one line, as the schema asks.
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body.join('\n')}\n`;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function oneYearAfter(date: Date): Date {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}
