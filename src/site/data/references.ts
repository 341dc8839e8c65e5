import { getCollection, getEntry } from 'astro:content';
import { roleContacts, type RoleContact, type Venue } from '../../model/index.ts';

/** A role, category or code as either collection stores it: a reference for current documents, a plain id for past versions. */
export type IdOrReference = string | { id: string };

export const idOf = (value: IdOrReference) => (typeof value === 'string' ? value : value.id);

/** A role or a category as roles.yaml and categories.yaml write it: its title, and the same in other languages. */
interface Titled {
  title: string;
  titles?: Readonly<Record<string, string>> | undefined;
}

/**
 * The title of a role or category in `language`, or in the default language where it has none: the one way
 * pages print them, so no /uk/ page shows "Shift manager" when roles.yaml says "Менеджер зміни".
 */
export const titleIn = (entry: Titled, language: string | undefined): string => (language && entry.titles?.[language]) || entry.title;

/** A category's one-line description in `language`, or in the default language where it has none. */
export const descriptionIn = (
  category: { description: string; descriptions?: Readonly<Record<string, string>> | undefined },
  language: string | undefined,
): string => (language && category.descriptions?.[language]) || category.description;

/**
 * The role a document names, its title in `language` (a page passes
 * `Astro.currentLocale`). A past version may name a role that has since
 * been removed from roles.yaml; its page then shows the id it named.
 */
export async function roleOrId(value: IdOrReference, language?: string) {
  const id = idOf(value);
  const role = await getEntry('roles', id);
  return { id, title: role ? titleIn(role.data, language) : id, holder: role?.data.holder, contact: role?.data.contact, exists: role !== undefined };
}

/** A venue of the chain with its id. */
export type VenueEntry = Venue & { id: string };

/** The chain's venues by name; none when the handbook has no venues file. */
export async function chainVenues(): Promise<VenueEntry[]> {
  return (await getCollection('venues')).map(({ id, data }) => ({ id, ...data })).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Who to call for the role a document names, venue by venue: one entry for a role that is the same at every
 * venue, one per holder and contact for a role that differs (see roleContacts). None for a role roles.yaml no
 * longer has.
 */
export async function contactsOfRole(value: IdOrReference): Promise<RoleContact[]> {
  const role = await getEntry('roles', idOf(value));
  if (!role) return [];
  return roleContacts(
    role.data,
    (await chainVenues()).map(({ id }) => id),
  );
}
