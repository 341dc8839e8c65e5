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
