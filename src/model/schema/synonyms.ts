import { z } from 'astro/zod';
import { languageCode } from './handbook.ts';
import { refuseRepeats } from './primitives.ts';

/** A word in a synonym group: one word, as staff type it, so a query word can be looked up. */
const synonymWord = z
  .string({ error: 'Expected a word as text' })
  .trim()
  .min(1, 'Expected a word, found nothing')
  .regex(/^[^\s,;]*$/u, "Expected one word without spaces: put each word of a phrase in the code's `phrases` instead");

/** Words that mean the same thing to staff: a query word from the group also searches the others. */
const synonymGroup = z
  .array(synonymWord, { error: 'Expected a group as a list of words, such as [toilet, restroom, wc]' })
  .min(2, 'Expected at least two words in a group: a word alone has no synonyms')
  .superRefine(refuseRepeats('word'));

/**
 * content/synonyms.yaml: per language, groups of words that mean the same
 * thing. A word belongs to one group per language, or a query would expand to
 * two unrelated meanings.
 */
export const synonymsFileSchema = z.record(languageCode, z.array(synonymGroup).default([])).superRefine((file, ctx) => {
  for (const [language, groups] of Object.entries(file)) {
    const groupOf = new Map<string, number>();
    groups.forEach((group, groupIndex) => {
      group.forEach((word, wordIndex) => {
        const key = word.toLowerCase();
        const earlier = groupOf.get(key);
        if (earlier !== undefined && earlier !== groupIndex) {
          ctx.addIssue({
            code: 'custom',
            path: [language, groupIndex, wordIndex],
            message: `"${word}" is already in group ${earlier + 1} of this language: merge the two groups, or keep the word in one`,
          });
        }
        groupOf.set(key, groupIndex);
      });
    });
  }
});

export type SynonymsFile = z.output<typeof synonymsFileSchema>;
