/**
 * Pagefind ranking for the handbook. Staff type codes far more than prose, so
 * a page whose code or code alias matches must outrank pages that only mention
 * that code in passing (related links, handover examples).
 */
export const searchRanking = {
  metaWeights: { code: 10, aliases: 10, title: 5 },
} as const;
