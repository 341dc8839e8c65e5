import { z } from 'astro/zod';
import { oneLine, version } from './primitives.ts';

/**
 * A translation of a code or standard: `content/<language>/codes/<CODE>.mdx` or
 * `content/<language>/standards/<slug>.mdx`. It holds only what is read: the
 * title, the summary and the body. Owner, escalation, category, severity,
 * version and dates always come from the original, the document of record.
 */
export const translationSchema = z.strictObject({
  title: oneLine('the translated title'),
  summary: oneLine('the translated one-sentence summary'),
  /** The version of the original this text translates; below the original's version, the translation is outdated. */
  source_version: version,
});

export type TranslationFrontmatter = z.output<typeof translationSchema>;
