import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchFolder } from './support/git-repo.ts';
import { searchAs } from './support/search.ts';
import { openBuiltSite, type OpenSite } from './support/site.ts';

// The sample handbook, which has Ukrainian and Russian translations and one Ukrainian one left a version behind.
const sampleRepo = fileURLToPath(new URL('../', import.meta.url));

describe('reading and searching in your own language', () => {
  let built: OpenSite;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    built = await openBuiltSite(sampleRepo);
    context = await built.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await built?.close();
  });

  const url = (path: string) => `${built.origin}${path}`;
  const firstResult = async (language: string, query: string) => (await searchAs(page, built.origin, language, query))[0];

  it('switches language on a code page and stays on the same code', async () => {
    await page.goto(url('/codes/TKT-001/'));
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Українська' }).click();
    await page.waitForURL(url('/uk/codes/TKT-001/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('uk');
    expect(await page.locator('h1').textContent()).toBe('Втрачені електронні квитки');
    expect(await page.locator('.sh-escalate-bar').textContent()).toBe('Ескалація: кому дзвонити');
    await page.getByRole('navigation', { name: 'Мова' }).getByRole('link', { name: 'Русский' }).click();
    await page.waitForURL(url('/ru/codes/TKT-001/'));
    expect(await page.locator('h1').textContent()).toBe('Пропали электронные билеты');
  });

  it.each(['tkt 001', 'ЕЛЕ-001', 'еле1'])('finds TKT-001 first in Ukrainian when typed as %j (Latin or on the Cyrillic layout)', async (query) => {
    expect(await firstResult('uk', query)).toBe('/uk/codes/TKT-001/');
  });

  it.each([
    ['зникли квитки', '/uk/codes/TKT-001/'],
    ['пальто видали не тому', '/uk/codes/CLK-002/'],
    ['не сканується QR-код', '/uk/codes/TKT-002/'],
    ['хтось забрав чужу куртку', '/uk/codes/CLK-002/'],
  ])('finds %j in Ukrainian staff words', async (query, expected) => {
    expect(await firstResult('uk', query)).toBe(expected);
  });

  it.each([
    ['куртку', /куртк(?!у)/u, /^\/uk\/codes\/CLK-/],
    ['квитка', /квит(?!ка)/u, /^\/uk\/codes\/TKT-/],
    ['гардеробнику', /гардеробник(?!у)/u, /^\/uk\/codes\/CLK-/],
  ])('finds Ukrainian pages by another form of a word: %j', async (query, otherForm, expected) => {
    const pages = await searchAs(page, built.origin, 'uk', query);
    expect(pages[0]).toMatch(expected);
    const text = await page.evaluate(async (href) => (await (await fetch(href)).text()).toLowerCase(), pages[0]!);
    expect(text).toMatch(otherForm);
  });

  it('finds a code by Russian words in other forms', async () => {
    for (const query of ['пропали билеты', 'у гостя пропал электронный билет']) {
      expect((await searchAs(page, built.origin, 'ru', query)).slice(0, 3), query).toContain('/ru/codes/TKT-001/');
    }
  });

  it("labels the phrase to say, notes and warnings, and the document type filter, in the reader's language", async () => {
    expect(await built.html('uk/codes/CLK-002')).toContain('>Скажіть: <');
    expect(await built.html('codes/CLK-002')).toContain('>Say: <');
    const russian = await built.html('ru/codes/SAF-001');
    expect(russian).toMatch(/>(Внимание|Примечание): </);
    expect(russian).toContain('data-pagefind-filter="type:Код проблемы"');
    expect(russian).not.toMatch(/>(Say|Note|Warning): </);
  });

  it('says when a translation is of an older version, and links the current original', async () => {
    await page.goto(url('/uk/codes/CLK-001/'));
    const notice = page.locator('.sh-translation--outdated');
    expect(await notice.textContent()).toContain('Цей переклад зроблено з версії 1; поточна версія — 2.');
    expect(await notice.getByRole('link').getAttribute('href')).toBe('/codes/CLK-001/');
  });
});

describe('a page nobody has translated yet', () => {
  let root: string;
  let built: OpenSite;

  beforeAll(async () => {
    // The sample translates every page, so a copy of it (with its git history) loses one translation.
    root = await scratchFolder('untranslated-');
    execFileSync('git', ['clone', '--quiet', sampleRepo, root]);
    await rm(join(root, 'content/ru/standards/working-conditions.mdx'));
    built = await openBuiltSite(root);
  });

  afterAll(async () => {
    await built?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('shows the original with a notice in the reader’s language', async () => {
    const html = await built.html('ru/standards/working-conditions');
    expect(html).toContain('sh-translation--missing');
    expect(html).toMatch(/<main[^>]* lang="en"/);
    expect(html).toContain('Ещё не переведено');
  });
});
