/**
 * Pagefind ranking for the handbook. Staff type codes far more than prose, so
 * a page whose code or code alias matches must outrank pages that only mention
 * that code in passing (related links, handover examples). The phrases staff
 * say for a code are written for search, so they count nearly as much.
 */
export const searchRanking = {
  metaWeights: { code: 10, aliases: 10, phrases: 8, title: 5 },
} as const;

/** How phrases are joined in the page's `phrases` metadata and split again in a result. */
export const PHRASE_SEPARATOR = ' · ';

/**
 * A `data-pagefind-meta` attribute for a field that is for search only, not
 * shown on the page (`phrases:my peg is empty · …`), or undefined when there
 * is nothing to say. Pagefind reads one field per attribute reliably, so each
 * field goes on its own element, and a comma in a value becomes a space.
 * Kept out of the page's text, phrases are not stored twice in the fragment
 * every phone precaches.
 */
export function searchMeta(field: 'aliases' | 'phrases', values: readonly string[]): string | undefined {
  return values.length === 0 ? undefined : `${field}:${values.map((value) => value.replaceAll(',', ' ')).join(PHRASE_SEPARATOR)}`;
}
