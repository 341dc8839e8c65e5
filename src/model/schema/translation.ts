import { z } from 'astro/zod';
import { oneLine, phrases, version } from './primitives.ts';

/**
 * A translation of a code or standard: `content/<language>/codes/<CODE>.mdx` or
 * `content/<language>/standards/<slug>.mdx`. It holds only what is read: the
 * title, the summary and the body. Owner, escalation, category, severity,
 * version and dates always come from the original, the document of record.
 */
export const translationSchema = z.strictObject({
  title: oneLine('the translated title'),
  summary: oneLine('the translated one-sentence summary'),
  /** What staff say for the situation in this language: not a translation of the original's phrases, their own. */
  phrases,
  /** The version of the original this text translates; below the original's version, the translation is outdated. */
  source_version: version,
});

export type TranslationFrontmatter = z.output<typeof translationSchema>;

/**
 * How a translation stands against the original it translates:
 * `current` translates the original's version, `outdated` an earlier one
 * (readers must be told, and the checker warns), `ahead` a version that does
 * not exist yet (always a mistake: the checker refuses it).
 */
export type TranslationStatus = 'current' | 'outdated' | 'ahead';

/** The one definition of an outdated translation, shared by the checker and the site. */
export function translationStatus(sourceVersion: number, originalVersion: number): TranslationStatus {
  if (sourceVersion < originalVersion) return 'outdated';
  return sourceVersion > originalVersion ? 'ahead' : 'current';
}
