import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { en } from '../src/site/i18n/en.ts';
import { ru } from '../src/site/i18n/ru.ts';
import { uk } from '../src/site/i18n/uk.ts';
import { openBuiltSite, type OpenSite } from './support/site.ts';

// The sample handbook, read in Ukrainian and Russian: every interface word on its pages must be in that language.
const sampleRepo = fileURLToPath(new URL('../', import.meta.url));
const LANGUAGES = { uk, ru } as const;
type Language = keyof typeof LANGUAGES;

/** One page of every type the site builds, by its path in the default language. */
const PAGE_TYPES = {
  home: '',
  'codes index': 'codes/',
  'code page': 'codes/TKT-001/',
  'standards index': 'standards/',
  'standard page': 'standards/new-staff-onboarding/',
  'roles index': 'roles/',
  'role page': 'roles/shift-manager/',
  changes: 'changes/',
  briefing: 'briefing/',
  'not found': '404.html',
  'version page': 'codes/TKT-001/v2/',
} as const;
type PageType = keyof typeof PAGE_TYPES;

/**
 * Page types built only in the default language today, so not checked here. The test fails when one of them
 * appears under /uk/ or /ru/, so it is checked from then on: take it off this list.
 */
const DEFAULT_LANGUAGE_ONLY: ReadonlySet<PageType> = new Set(['roles index', 'role page', 'changes', 'briefing', 'not found', 'version page']);

/** Where an English piece comes from: en.ts, or the English titles and descriptions in roles.yaml and categories.yaml. */
type Origin = 'interface' | 'role title' | 'category title' | 'category description';

/**
 * English still shown, by places whose code others are changing: they print a role or category title without
 * titleIn (or a description without descriptionIn) from src/site/data/references.ts. The test fails when one is
 * fixed, so the list only shrinks: take the line off.
 */
const KNOWN_LEFTOVERS: ReadonlyArray<{ page: PageType; origin: Origin; where: string }> = [];

/**
 * What is the document of record's own text, shown as written where no translation of it exists: a change
 * note, the text of an earlier version in "What changed", and the citation, which names the original.
 */
const DOCUMENT_TEXT = ['.sh-history__note', '.sh-changes del', '.sh-changes ins', '.sh-audit > p', '.sh-cite__text'];

/** A marker no interface string contains, standing for the arguments of a string that is a function. */
const ARGUMENT = '\u2042';

/** Every fixed piece of English interface text: each string of en.ts, functions called and split at their arguments. */
function englishPieces(strings: unknown, path = ''): Array<{ path: string; text: string }> {
  if (typeof strings === 'string') {
    return strings
      .split(new RegExp(`${ARGUMENT}|\\{[a-z]+\\}`))
      .map((piece) => piece.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
      .filter((piece) => /\p{L}{3,}/u.test(piece))
      .map((text) => ({ path, text }));
  }
  if (typeof strings === 'function') {
    const call = strings as (...args: string[]) => string;
    return englishPieces(call(...Array.from({ length: call.length }, () => ARGUMENT)), path);
  }
  if (strings && typeof strings === 'object') return Object.entries(strings).flatMap(([key, value]) => englishPieces(value, path ? `${path}.${key}` : key));
  return [];
}

const valueAt = (strings: unknown, path: string) => path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], strings);

/**
 * The English pieces a reader of `language` must not meet: those of en.ts that the language's own strings do
 * not also use (a brand name, "IMAX"), and the English titles and descriptions of roles and categories.
 */
async function forbiddenEnglish(language: Language): Promise<Array<{ text: string; origin: Origin }>> {
  const translated = englishPieces(LANGUAGES[language]);
  const interfacePieces = englishPieces(en).filter(
    ({ path, text }) =>
      !englishPieces(valueAt(LANGUAGES[language], path), path).some((piece) => piece.text === text) && translated.every((piece) => piece.text !== text),
  );
  const roles = await readYaml<{ title: string }>('roles.yaml');
  const categories = await readYaml<{ title: string; description: string }>('categories.yaml');
  const pieces = [
    ...interfacePieces.map(({ text }) => ({ text, origin: 'interface' as const })),
    ...roles.map(({ title }) => ({ text: title, origin: 'role title' as const })),
    ...categories.map(({ title }) => ({ text: title, origin: 'category title' as const })),
    ...categories.map(({ description }) => ({ text: description, origin: 'category description' as const })),
  ];
  return pieces.filter((piece, index) => pieces.findIndex(({ text }) => text === piece.text) === index);
}

async function readYaml<Entry>(name: string): Promise<Entry[]> {
  return Object.values(parse(await readFile(join(sampleRepo, 'content', name), 'utf8')) as Record<string, Entry>);
}

/** The handbook's own name (handbook.yaml's title), which every page shows as written in every language. */
async function handbookTitle(): Promise<string> {
  return (parse(await readFile(join(sampleRepo, 'content/handbook.yaml'), 'utf8')) as { title: string }).title;
}

/**
 * What a reader meets on a page, outside the document of record's own text: its text, the labels of controls,
 * the title, and the strings its scripts show (the search page's settings, the copy button's labels).
 */
async function textsOf(page: Page): Promise<string[]> {
  const texts = await page.evaluate((excluded) => {
    const texts: string[] = [document.title];
    const skip = (node: Node) => excluded.some((selector) => node.parentElement?.closest(selector));
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement?.tagName;
      if (parent === 'SCRIPT' || parent === 'STYLE' || skip(node)) continue;
      // With scripts on, what <noscript> holds is markup as text: read it as the page it stands for.
      texts.push((parent === 'NOSCRIPT' ? new DOMParser().parseFromString(node.textContent ?? '', 'text/html').body.textContent : node.textContent) ?? '');
    }
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        if (['aria-label', 'title', 'placeholder', 'alt'].includes(attribute) || attribute.startsWith('data-label-'))
          texts.push(element.getAttribute(attribute) ?? '');
      }
    }
    const collect = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(collect) : [];
    const settings = document.querySelector('#search-settings')?.textContent;
    if (settings) texts.push(...collect((JSON.parse(settings) as { strings: unknown }).strings));
    return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  }, DOCUMENT_TEXT);
  // The header shows the name in two parts ("Aurora", "Service Handbook"): a part of it is the name too.
  const title = await handbookTitle();
  return texts.map((text) => text.replaceAll(title, '')).filter((text) => !title.includes(text));
}

/**
 * The English pieces found in `texts`, as whole words, with the text each was found in. Longer pieces are looked
 * for first and blanked out where found, so "codes" is not found again inside a category's English description.
 */
function englishIn(texts: readonly string[], forbidden: ReadonlyArray<{ text: string; origin: Origin }>) {
  const remaining = [...texts];
  return [...forbidden]
    .sort((a, b) => b.text.length - a.text.length)
    .flatMap((piece) => {
      const word = new RegExp(`(?<![\\p{L}\\p{N}])${piece.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
      const index = remaining.findIndex((text) => word.test(text));
      if (index === -1) return [];
      const found = { ...piece, in: remaining[index]! };
      remaining[index] = found.in.replaceAll(new RegExp(word.source, 'gu'), '\u0000');
      return [found];
    });
}

describe('every word of the interface in the reader’s language', () => {
  let built: OpenSite;
  let page: Page;

  beforeAll(async () => {
    built = await openBuiltSite(sampleRepo);
    page = built.page;
  });

  afterAll(async () => {
    await built?.close();
  });

  const exists = (path: string) =>
    access(join(built.outDir, path.endsWith('.html') ? path : join(path, 'index.html'))).then(
      () => true,
      () => false,
    );

  it('finds English interface strings on English pages, so it would find them on others', async () => {
    await page.goto(`${built.origin}/codes/TKT-001/`);
    const found = englishIn(await textsOf(page), await forbiddenEnglish('uk')).map(({ text }) => text);
    expect(found).toEqual(expect.arrayContaining(['Escalate: who to call', 'Document control', 'Shift manager', 'Tickets and app', 'Cite this version']));
  });

  for (const language of Object.keys(LANGUAGES) as Language[]) {
    for (const [type, path] of Object.entries(PAGE_TYPES) as Array<[PageType, string]>) {
      const localPath = `${language}/${path}`;
      if (DEFAULT_LANGUAGE_ONLY.has(type)) {
        it(`has no ${type} in ${language} yet (when it has, check it: take it off DEFAULT_LANGUAGE_ONLY)`, async () => {
          expect(await exists(path)).toBe(true);
          expect(await exists(localPath)).toBe(false);
        });
        continue;
      }
      it(`shows no English interface text on the ${type} in ${language} (/${localPath})`, async () => {
        await page.goto(`${built.origin}/${localPath}`);
        expect(await page.locator('html').getAttribute('lang')).toBe(language);
        const texts = await textsOf(page);
        if (type === 'home') texts.push(...(await searchFilters(page)));
        const known = KNOWN_LEFTOVERS.filter((leftover) => leftover.page === type);
        const found = englishIn(texts, await forbiddenEnglish(language));
        expect(found.filter(({ origin }) => !known.some((leftover) => leftover.origin === origin))).toEqual([]);
        expect(known.filter(({ origin }) => !found.some((finding) => finding.origin === origin))).toEqual([]);
      });
    }
  }

  it('names the search filters and their values in the reader’s language', async () => {
    await page.goto(`${built.origin}/uk/`);
    const filters = await searchFilters(page);
    expect(filters).toEqual(expect.arrayContaining(['Категорія', 'Терміновість', 'Власник', 'Тип']));
    expect(filters.some((text) => text.startsWith('Квитки і застосунок ('))).toBe(true);
    expect(filters.some((text) => text.startsWith('Менеджер зміни ('))).toBe(true);
    expect(filters.some((text) => text.startsWith('висока ('))).toBe(true);
  });

  it("leads a translated body's links to codes and standards to the reader's language", async () => {
    const onboarding = await built.html('uk/standards/new-staff-onboarding');
    expect(onboarding).toContain('href="/uk/codes/TKT-001/"');
    expect(onboarding).not.toMatch(/href="\/codes\//);
    expect(await built.html('ru/codes/TKT-001')).toContain('href="/ru/codes/TKT-004/"');
  });
});

/** The search page's filters as staff see them once opened: each group's name and each value with its count. */
async function searchFilters(page: Page): Promise<string[]> {
  await page.locator('.sh-search__filters summary').click();
  await page.locator('.sh-search__filter-groups fieldset').first().waitFor();
  return page.locator('.sh-search__filter-groups :is(legend, label)').evaluateAll((elements) => elements.map((element) => element.textContent?.trim() ?? ''));
}
