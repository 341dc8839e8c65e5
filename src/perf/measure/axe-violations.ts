import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';

export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const COLOR_SCHEMES = ['light', 'dark'] as const;

export interface AxeRow {
  path: string;
  colorScheme: (typeof COLOR_SCHEMES)[number];
  /** Rule ids that failed, with how many elements each. */
  violations: string[];
}

/** axe-core's WCAG 2.2 A/AA rules on each page at a phone's width, in both themes. */
export async function axeViolations(browser: Browser, origin: string, paths: readonly string[]): Promise<AxeRow[]> {
  const rows: AxeRow[] = [];
  for (const colorScheme of COLOR_SCHEMES) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme, serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA_TAGS).analyze();
      rows.push({ path, colorScheme, violations: violations.map(({ id, nodes }) => `${id} (${nodes.length})`) });
    }
    await context.close();
  }
  return rows;
}
