import { getEntry } from 'astro:content';

/** A role, category or code as either collection stores it: a reference for current documents, a plain id for past versions. */
export type IdOrReference = string | { id: string };

export const idOf = (value: IdOrReference) => (typeof value === 'string' ? value : value.id);

/**
 * The role a document names. A past version may name a role that has since
 * been removed from roles.yaml; its page then shows the id it named.
 */
export async function roleOrId(value: IdOrReference) {
  const id = idOf(value);
  const role = await getEntry('roles', id);
  return { id, title: role?.data.title ?? id, holder: role?.data.holder, contact: role?.data.contact, exists: role !== undefined };
}
