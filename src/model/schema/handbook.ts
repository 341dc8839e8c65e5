import { z } from 'astro/zod';
import { codeOwnerField } from './code-owner.ts';
import { oneLine } from './primitives.ts';

/** A two-letter ISO 639-1 code, as in `<html lang>` and in the folder of a translation (`content/uk/`). */
export const LANGUAGE_PATTERN = /^[a-z]{2}$/;
export const languageCode = z.string().regex(LANGUAGE_PATTERN, 'Expected a two-letter language code such as uk');

/** content/handbook.yaml: settings of the handbook as a whole. */
export const handbookConfigSchema = z
  .strictObject({
    title: oneLine('the handbook title used in citations'),
    /** The repository's web address on GitHub or GitLab, without a trailing slash. */
    repository: z
      .url({ protocol: /^https?$/, error: 'Expected the repository web address, such as https://github.com/owner/handbook' })
      .transform((url) => url.replace(/\/+$/, '').replace(/\.git$/, '')),
    branch: z.string().min(1).default('main'),
    /** Where staff's "search found nothing useful" notes go by e-mail; without it they open an issue in `repository`. */
    feedback_email: z.email({ error: 'Expected an e-mail address such as handbook@example.com' }).optional(),
    /**
     * Who approves what no role with a `github` owner does (roles.yaml, categories.yaml, the site, and documents
     * whose owner role has no `github`), in .github/CODEOWNERS: a login, an `org/team` or an e-mail address.
     * Without it those files have no code owner.
     */
    codeowners_fallback: codeOwnerField.optional(),
    /** The language originals are written in: the document of record. */
    default_language: languageCode.default('en'),
    /** Every language the handbook is read in, the default included: code → name in that language. */
    languages: z.record(languageCode, oneLine('the language name as its readers write it')).default({ en: 'English' }),
  })
  .refine((config) => config.default_language in config.languages, {
    path: ['default_language'],
    message: 'Expected `default_language` to be one of the `languages`',
  });

export type HandbookConfig = z.output<typeof handbookConfigSchema>;
