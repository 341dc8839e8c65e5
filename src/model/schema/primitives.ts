import { z } from 'astro/zod';
import { CODE_PATTERN, DURATION_PATTERN, SLUG_PATTERN } from './patterns.ts';

export { CODE_PATTERN, DURATION_PATTERN, SLUG_PATTERN };

export const codeId = z.string().regex(CODE_PATTERN, 'Expected a code like TKT-001: three capital letters, a hyphen, three digits');

export const slugId = z.string().regex(SLUG_PATTERN, 'Expected a lower-kebab-case id such as shift-manager');

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const severity = z.enum(SEVERITIES);

export const duration = z.string().regex(DURATION_PATTERN, 'Expected a duration such as "10 min", "2 h" or "1 d"');

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is YYYY-MM-DD and names a day that exists (no 2026-02-30). */
export function isRealIsoDate(text: string): boolean {
  const match = ISO_DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * An ISO calendar date. Astro's frontmatter parser hands us a Date for unquoted
 * YAML dates while the checker's YAML parser keeps strings, so both are accepted
 * and both come out as a Date at midnight UTC.
 */
export const isoDate = z
  .union([z.date(), z.string()])
  .superRefine((value, ctx) => {
    if (value instanceof Date ? Number.isNaN(value.getTime()) : !isRealIsoDate(value)) {
      ctx.addIssue({ code: 'custom', message: 'Expected a real calendar date written YYYY-MM-DD, such as 2026-03-01' });
    }
  })
  .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)));

export const version = z
  .number({ error: 'Expected the version as a whole number, such as 1' })
  .int('Expected a whole number')
  .positive('Expected a version of 1 or more');

export const oneLine = (what: string) =>
  z
    .string({ error: `Expected ${what} as text` })
    .trim()
    .min(1, `Expected ${what}, found nothing`)
    .refine((text) => !text.includes('\n'), `Expected ${what} on one line`);

/** Issues for the entries of a list that repeat an earlier entry, ignoring case: a duplicate says nothing new. */
export function refuseRepeats(what: string) {
  return (entries: readonly string[], ctx: z.core.$RefinementCtx) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      const key = entry.trim().toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index], message: `"${entry.trim()}" repeats an earlier ${what}: remove this one` });
      seen.add(key);
    });
  };
}

/**
 * What staff say for a situation, in their own words ("tickets gone from the app"). Searched with a high weight
 * and shown in a result only when they matched.
 */
export const phrases = z
  .array(oneLine('a phrase staff say for this situation'))
  .min(1, 'Expected at least one phrase, or no `phrases` field')
  .superRefine(refuseRepeats('phrase'))
  .optional();
