/**
 * The part of Pagefind's browser API (`pagefind/pagefind.js`) the search page
 * uses. Pagefind writes that file after Astro builds, so it is loaded at run
 * time and typed here.
 */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export type PagefindFilters = Record<string, { any: string[] }>;

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: PagefindFilters }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
