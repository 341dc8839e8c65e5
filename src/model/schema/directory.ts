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

/**
 * What differs for a role at one venue (`venues: { leeds: { holder, contact } }` in roles.yaml): who holds it
 * there and how staff there reach them. What a venue leaves out is the chain-wide value.
 */
export const venueRoleSchema = z
  .strictObject({
    holder: oneLine('the name of whoever holds the role at this venue').optional(),
    contact: contact.optional(),
  })
  .refine((role) => role.holder !== undefined || role.contact !== undefined, 'Expected a `holder`, a `contact` or both for this venue');

/** One entry of content/roles.yaml: a job in the handbook, not a person. */
export const roleSchema = z
  .strictObject({
    title: oneLine('the role title'),
    titles: inOtherLanguages('the role title in this language'),
    /** Who holds the role for the whole chain: the owner of record of what the role owns. */
    holder: oneLine('the name of whoever holds the role now'),
    /** The chain-wide contact; a role whose people differ by venue may give one under `venues` instead. */
    contact: contact.optional(),
    /** Who reviews changes to what the role owns, as CODEOWNERS names them: a login, an `org/team` or an e-mail address. */
    github: codeOwnerField.optional(),
    /** Venue ids (content/venues.yaml) whose holder or contact differs from the chain-wide one. */
    venues: z.record(slugId, venueRoleSchema).optional(),
  })
  .superRefine((role, ctx) => {
    // A role that is the same everywhere is reached the one way it names; one that differs by venue is checked
    // venue by venue by the checker (venue-contacts), against content/venues.yaml.
    if (role.contact === undefined && role.venues === undefined) {
      ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: ['contact'], message: 'Missing contact' });
    }
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

/** Who holds a role at a venue and how staff there reach them: the venue's own values, else the chain-wide ones. */
export function roleAtVenue(role: Role, venue: string | undefined): { holder: string; contact: string | undefined } {
  const own = venue === undefined ? undefined : role.venues?.[venue];
  return { holder: own?.holder ?? role.holder, contact: own?.contact ?? role.contact };
}

/** Who answers for a role at some venues, and how to reach them there. */
export interface RoleContact {
  /** The venue ids this holder and contact are for, in the order given. */
  venues: string[];
  holder: string;
  contact: string | undefined;
}

/**
 * Who to call for a role at each of `venues` (ids in the order to show them): venues with the same holder and
 * contact share one entry, so a role that is the same everywhere gives exactly one. Without venues, the chain's.
 */
export function roleContacts(role: Role, venues: readonly string[]): RoleContact[] {
  if (venues.length === 0) return [{ venues: [], holder: role.holder, contact: role.contact }];
  const byPerson = new Map<string, RoleContact>();
  for (const venue of venues) {
    const { holder, contact } = roleAtVenue(role, venue);
    const key = JSON.stringify([holder, contact]);
    const entry = byPerson.get(key);
    if (entry) entry.venues.push(venue);
    else byPerson.set(key, { venues: [venue], holder, contact });
  }
  return [...byPerson.values()];
}
