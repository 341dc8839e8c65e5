import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { stepNumberOverlaps } from './support/layout.ts';
import { searchAs } from './support/search.ts';
import { buildSite, PHONE, serveSite } from './support/site.ts';

// The sample handbook itself, as staff get it, on a small phone.
const sampleRepo = fileURLToPath(new URL('../', import.meta.url));
const PAGE_TYPES = {
  home: '/',
  'code index': '/codes/',
  code: '/codes/TKT-001/',
  'standard index': '/standards/',
  standard: '/standards/shift-briefing/',
  changes: '/changes/',
  briefing: '/briefing/',
  'role index': '/roles/',
  role: '/roles/shift-manager/',
  'not found': '/no-such-page/',
};

let outDir: string;
let site: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let consoleErrors: string[];

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'handbook-phone-'));
  await buildSite(sampleRepo, outDir);
  site = await serveSite(outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await rm(outDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await context?.close();
  context = await browser.newContext(PHONE);
  page = await context.newPage();
  consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
});

const url = (path: string) => `${site.origin}${path}`;
const resultLinks = () => page.locator('.sh-search__results .sh-result__link');
const search = (query: string) => searchAs(page, site.origin, 'en', query);

describe('search on a phone', () => {
  it('puts the cursor in the labelled search field on the home page', async () => {
    await page.goto(url('/'));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-field');
    expect(await page.getByRole('searchbox', { name: 'Search the handbook' }).count()).toBe(1);
  });

  it.each(['TKT-001', 'tkt 001', 'tkt001', 'tkt-1'])('offers the exact code %s first', async (query) => {
    expect((await search(query))[0]).toBe('/codes/TKT-001/');
    expect(await resultLinks().first().textContent()).toContain('TKT-001');
  });

  it('opens the code page when Enter is pressed on an exact code', async () => {
    await page.goto(url('/'));
    await page.locator('#search-field').fill('clk002');
    await page.keyboard.press('Enter');
    await page.waitForURL(url('/codes/CLK-002/'));
    expect(await page.locator('h1').textContent()).toBe('Wrong coat handed out');
  });

  it.each([
    ['lost ticket', '/codes/TKT-001/'],
    ['3d glasses', '/codes/HAL-003/'],
    ['coat missing', '/codes/CLK-002/'],
    ["tickets don't show in the app anymore", '/codes/TKT-001/'],
    ['boy separated from his mum', '/codes/SAF-003/'],
  ])('finds %j in staff words, with the code, title and summary in the result', async (query, expected) => {
    expect((await search(query)).slice(0, 3)).toContain(expected);
    const card = page.locator(`.sh-result:has(a[href="${expected}"])`);
    expect(await card.locator('.sh-result__code').textContent()).toBe(expected.split('/')[2]);
    expect(await card.locator('.sh-result__summary').textContent()).toMatch(/\w+ \w+ \w+/);
  });

  it('still lists pages when a word of the query is on none of them', async () => {
    expect(await search('coat zzyzzx')).toContain('/codes/CLK-002/');
  });

  it('announces the number of results in a live region', async () => {
    await search('lost ticket');
    const status = page.getByRole('status').filter({ hasText: /result/ });
    expect(await status.textContent()).toMatch(/^\d+ results?$/);
    expect(await status.getAttribute('aria-live')).toBe('polite');
  });

  it('shows a phrase staff say only when it matched the query', async () => {
    await search('my peg is empty');
    const card = page.locator('.sh-result:has(a[href="/codes/CLK-002/"])');
    expect(await card.locator('.sh-result__phrase').textContent()).toBe('Staff say: my peg is empty');
    await search('mirrored hook number');
    expect(await page.locator('.sh-result:has(a[href="/codes/CLK-002/"]) .sh-result__phrase').count()).toBe(0);
  });

  it('reaches every result from the keyboard', async () => {
    await search('ticket');
    const count = await resultLinks().count();
    expect(count).toBeGreaterThan(3);
    await page.locator('#search-field').focus();
    const focused: string[] = [];
    for (let step = 0; step < count + 4 && focused.length < count; step++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => (document.activeElement?.closest('.sh-search__results') ? document.activeElement.getAttribute('href') : null));
      if (href) focused.push(href);
    }
    expect(focused).toEqual(await resultLinks().evaluateAll((links) => links.map((link) => link.getAttribute('href'))));
  });

  it('narrows results by category and opens a result', async () => {
    const unfiltered = await search('guest');
    expect(unfiltered.some((href) => !href.startsWith('/codes/CLK-'))).toBe(true);
    await page.locator('.sh-search__filters > summary').click();
    await page
      .getByRole('group', { name: 'Category' })
      .getByLabel(/Cloakroom/)
      .check();
    await expect
      .poll(() => resultLinks().evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
      .toSatisfy((hrefs: (string | null)[]) => hrefs.length > 0 && hrefs.every((href) => href?.startsWith('/codes/CLK-')));
    await resultLinks().first().click();
    await page.waitForURL(/\/codes\/CLK-\d{3}\/$/);
  });

  it('offers to tell the handbook owners what was searched, with the query filled in', async () => {
    await search('popcorn machine on fire');
    const link = page.getByRole('link', { name: /Tell the handbook owners/ });
    const target = new URL((await link.getAttribute('href'))!);
    expect(target.origin + target.pathname).toBe('https://github.com/aurora-cinemas/service-handbook/issues/new');
    expect(target.searchParams.get('title')).toContain('popcorn machine on fire');
    expect(target.searchParams.get('body')).toContain('"popcorn machine on fire"');
  });

  it.each([320, 360])('keeps a long query clear of the Clear button at %i px', async (width) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto(url('/'));
    const field = page.locator('#search-field');
    await field.fill('the guest says someone in the cloakroom gave her coat to another person');
    const clear = page.getByRole('button', { name: 'Clear' });
    await expect.poll(() => clear.isVisible()).toBe(true);
    const [fieldBox, clearBox] = [(await field.boundingBox())!, (await clear.boundingBox())!];
    const paddingEnd = await field.evaluate((input) => parseFloat(getComputedStyle(input).paddingInlineEnd));
    expect(fieldBox.x + fieldBox.width - paddingEnd).toBeLessThanOrEqual(clearBox.x);
    await clear.click();
    expect(await field.inputValue()).toBe('');
  });
});

describe('a code page on a phone', () => {
  it('keeps ticked steps across a reload until reset', async () => {
    await page.goto(url('/codes/TKT-001/'));
    const boxes = page.locator('.sh-steps .sh-checklist__box');
    expect(await boxes.count()).toBeGreaterThan(3);
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await page.reload();
    expect(await boxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).checked))).toEqual(
      await boxes.evaluateAll((inputs) => inputs.map((_, index) => index === 0 || index === 2)),
    );
    await page.getByRole('button', { name: 'Reset checklist' }).click();
    await page.reload();
    expect(await boxes.evaluateAll((inputs) => inputs.some((input) => (input as HTMLInputElement).checked))).toBe(false);
  });

  it('lists pinned and recently opened codes on the home page', async () => {
    await page.goto(url('/codes/SAF-001/'));
    await page.getByRole('button', { name: 'Pin to home' }).click();
    await page.goto(url('/codes/CON-002/'));
    await page.goto(url('/'));
    expect(await page.locator('[data-list="pinned"] a').allTextContents()).toEqual(['SAF-001 Fire alarm during a show']);
    expect(await page.locator('[data-list="recent"] a').first().textContent()).toContain('CON-002');
  });

  it.each([320, 360])('keeps two-digit step numbers clear of the step text at %i px', async (width) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto(url('/codes/TKT-001/'));
    const { steps, overlapping } = await stepNumberOverlaps(page);
    expect(steps).toBeGreaterThanOrEqual(10);
    expect(overlapping).toEqual([]);
  });

  it('keeps the escalation ladder one tap away, with tap-to-call links', async () => {
    await page.goto(url('/codes/TKT-001/'));
    const escalate = page.locator('.sh-escalate-bar');
    await page.locator('.sh-steps > li').last().scrollIntoViewIfNeeded();
    const box = await escalate.boundingBox();
    expect(box, 'the Escalate bar stays on screen while staff read the steps').not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(740);
    await escalate.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#escalation');
    expect(await page.locator('.sh-ladder a[href^="tel:"]').count()).toBeGreaterThan(0);
  });

  it('prints every code on one A4 sheet', async () => {
    const codes = (await readdir(join(sampleRepo, 'content', 'codes'))).map((file) => file.replace(/\.mdx$/, ''));
    const sheets: Record<string, number> = {};
    for (const code of codes) {
      await page.goto(url(`/codes/${code}/`));
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      sheets[code] = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    }
    expect(Object.entries(sheets).filter(([, count]) => count !== 1)).toEqual([]);
    expect(Object.keys(sheets).length).toBeGreaterThanOrEqual(30);
  });
});

describe('every page type', () => {
  it.each(Object.entries(PAGE_TYPES))('%s reads without JavaScript, fits 320 px and logs no errors', async (_name, path) => {
    await page.setViewportSize({ width: 320, height: 740 });
    await page.goto(url(path));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(consoleErrors.filter((error) => !(path === PAGE_TYPES['not found'] && error.includes('404')))).toEqual([]);

    const noScript = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(url(path));
    expect(await plain.locator('main h1').count()).toBe(1);
    if (path === PAGE_TYPES.code) {
      expect(await plain.locator('.sh-steps > li').count()).toBeGreaterThan(3);
      expect(await plain.locator('.sh-ladder a[href^="tel:"]').count()).toBeGreaterThan(0);
    }
    await noScript.close();
  });

  it.each(Object.entries(PAGE_TYPES).flatMap(([name, path]) => (['light', 'dark'] as const).map((scheme) => [name, path, scheme] as const)))(
    '%s (%s) has no WCAG 2.2 A/AA violations in the %s theme',
    async (_name, path, colorScheme) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url(path));
      if (path === '/') await search('ticket');
      if (path === '/') await page.locator('.sh-search__filters > summary').click();
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    },
  );
});
