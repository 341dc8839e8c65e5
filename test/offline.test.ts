import { appendFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchThroughPage } from '../src/perf/measure/search-quality.ts';
import { launchPersistentBrowser } from './support/browser.ts';
import { PHONE, servePhoneSite, type PhoneSite } from './support/site.ts';

// The sample handbook on a phone that loses its signal: one visit online, then nothing but the service worker.
const sampleRepo = fileURLToPath(new URL('../', import.meta.url));

let site: PhoneSite;

beforeAll(async () => {
  site = await servePhoneSite(sampleRepo, 'offline');
});

afterAll(() => site?.dispose());

/** Open the page and wait until its language's service worker has precached everything and controls the page. */
async function visitOnline(context: BrowserContext, path: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`);
  // The language's own worker (`/uk/sw.js` for `/uk/`), active: an English worker may already answer for the page.
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration(location.pathname))?.active?.scriptURL))
    .toBe(`${site.origin}${path}sw.js`);
  await page.close();
}

/** In a fresh page with no network: open the search page, search as staff do, open the first result. */
async function searchOffline(page: Page, path: string, query: string, expected: string): Promise<void> {
  await page.goto(`${site.origin}${path}`);
  const found = await searchThroughPage(page, query);
  expect(found[0], `first result for ${query} (search said: ${await page.locator('.sh-search__status').textContent()})`).toBe(expected);
  await page.locator('.sh-search__results .sh-result__link').first().click();
  await page.waitForURL(new RegExp(`/codes/${expected}/$`));
  expect(await page.locator('.sh-code__id').textContent()).toContain(expected);
}

describe('offline, after one online visit', () => {
  it('offers a new build instead of mixing it with the cached one', async () => {
    const context = await launchPersistentBrowser(await mkdtemp(join(tmpdir(), 'handbook-update-profile-')), PHONE);
    try {
      await visitOnline(context, '/');
      const page = await context.newPage();
      await page.goto(`${site.origin}/codes/TKT-001/`);
      // Any change to the worker is a new build as far as the browser is concerned.
      await appendFile(join(site.outDir, 'sw.js'), '\n// next build\n');
      await page.reload();
      const notice = page.locator('.sh-update__notice');
      await expect.poll(() => notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain('Updated handbook available');
      await page.getByRole('button', { name: 'Reload' }).click();
      await expect.poll(() => notice.isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('opens, searches and opens a result in a new page, and again after the browser restarts, in English and Ukrainian', async () => {
    let context = await launchPersistentBrowser(site.profile, PHONE);
    await visitOnline(context, '/');
    await visitOnline(context, '/uk/');
    // No network at all: the host is gone, and the browser is told it is offline.
    await site.loseSignal();
    await context.setOffline(true);
    await searchOffline(await context.newPage(), '/', 'someone took my jacket from the cloakroom', 'CLK-002');
    await searchOffline(await context.newPage(), '/uk/', 'хтось забрав чужу куртку', 'CLK-002');
    await context.close();

    context = await launchPersistentBrowser(site.profile, PHONE);
    try {
      await context.setOffline(true);
      await searchOffline(await context.newPage(), '/', 'the film has no sound', 'HAL-002');
      await searchOffline(await context.newPage(), '/uk/', 'загубили квиток', 'TKT-001');
    } finally {
      await context.close();
      await site.regainSignal();
    }
  });
});
