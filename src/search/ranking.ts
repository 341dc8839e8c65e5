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
 * A `data-pagefind-meta` attribute for fields that are for search only, not
 * shown on the page: `aliases:tkt1 tkt-1, phrases:my peg is empty · …`.
 * Pagefind separates fields with commas, so commas inside a value become
 * spaces. Kept out of the page's text, the phrases are not stored twice in
 * the fragment every phone precaches.
 */
export function searchMeta(fields: { aliases?: string; phrases?: readonly string[] }): string {
  const entries: string[] = [];
  if (fields.aliases) entries.push(`aliases:${fields.aliases}`);
  if (fields.phrases && fields.phrases.length > 0) entries.push(`phrases:${fields.phrases.map((phrase) => phrase.replaceAll(',', ' ')).join(PHRASE_SEPARATOR)}`);
  return entries.join(', ');
}
