import { z } from 'astro/zod';
import { codeOwnerField } from './code-owner.ts';
import { languageCode } from './handbook.ts';
import { oneLine, slugId } from './primitives.ts';

// A leading `(` allows the usual way of writing an area code, such as "(020) 7946 0102".
const PHONE_PATTERN = /^[+(]?[0-9][0-9 ()-]{5,}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A phone number or an e-mail address: the page turns it into a tel: or mailto: link. */
export const contact = z
  .string({ error: 'Expected a phone number or an e-mail address' })
  .trim()
  .refine((text) => PHONE_PATTERN.test(text) || EMAIL_PATTERN.test(text), 'Expected a phone number such as "+44 20 7946 0102" or an e-mail address');

/**
 * The same text in other languages than the default, by language code (`{ uk: Білетер, ru: Билетёр }`): pages in a
 * language show its text, or the default language's where it has none.
 */
const inOtherLanguages = (what: string) => z.record(languageCode, oneLine(what)).optional();

/** One entry of content/roles.yaml: a job in the handbook, not a person. */
export const roleSchema = z.strictObject({
  title: oneLine('the role title'),
  titles: inOtherLanguages('the role title in this language'),
  holder: oneLine('the name of whoever holds the role now'),
  contact,
  /** Who reviews changes to what the role owns, as CODEOWNERS names them: a login, an `org/team` or an e-mail address. */
  github: codeOwnerField.optional(),
});

/** One entry of content/categories.yaml. */
export const categorySchema = z.strictObject({
  title: oneLine('the category title'),
  description: oneLine('a one-line description'),
  titles: inOtherLanguages('the category title in this language'),
  descriptions: inOtherLanguages('the description in this language'),
});

export const rolesFileSchema = z.record(slugId, roleSchema);
export const categoriesFileSchema = z.record(slugId, categorySchema);

export type Role = z.output<typeof roleSchema>;
export type Category = z.output<typeof categorySchema>;

/** Phone numbers dial as tel:, anything else is an e-mail address. */
export function contactHref(value: string): string {
  return EMAIL_PATTERN.test(value) ? `mailto:${value}` : `tel:${value.replace(/[^+\d]/g, '')}`;
}
