import type { Page } from 'playwright-core';
import { searchRanking } from '../../src/site/search/ranking.ts';

/**
 * Ask the built site's own Pagefind (in the browser, as staff would) and return
 * the result URLs best first. The page must already be open on the site.
 */
export async function pagefindUrls(page: Page, query: string, filters: Record<string, string> = {}): Promise<string[]> {
  const args = JSON.stringify({ query, filters, ranking: searchRanking });
  // Sent as source text: the test runner would rewrite a dynamic import() inside a function.
  return page.evaluate(`(async ({ query, filters, ranking }) => {
    const pagefind = await import(location.origin + '/pagefind/pagefind.js');
    await pagefind.options({ ranking });
    const search = await pagefind.search(query, { filters });
    return Promise.all(search.results.map(async (result) => (await result.data()).url));
  })(${args})`);
}
