import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { precachePlan, serviceWorkerPath } from './precache-plan.ts';

/** Whether the plan precaches a file of the built site, as Workbox's glob would decide. */
function precaches(plan: ReturnType<typeof precachePlan>, file: string): boolean {
  return plan.precache.some((glob) => matchesGlob(file, glob)) && !plan.ignore.some((glob) => matchesGlob(file, glob));
}

const languages = ['en', 'uk', 'ru'];

describe('precachePlan', () => {
  const english = precachePlan({ language: 'en', defaultLanguage: 'en', languages, searchWasm: 'en' });
  const ukrainian = precachePlan({ language: 'uk', defaultLanguage: 'en', languages, searchWasm: null });

  it.each([
    'index.html',
    'codes/TKT-001/index.html',
    'standards/shift-briefing/index.html',
    '_astro/Page.B8Jf.css',
    'pagefind/pagefind.js',
    'pagefind/wasm.en.pagefind',
    'pagefind/pagefind.en_3364478e77.pf_meta',
    'pagefind/index/en_60cbbef.pf_index',
    'pagefind/fragment/en_17c488f.pf_fragment',
    'pagefind/filter/en_7ec5416.pf_filter',
    '404.html',
    'favicon.svg',
  ])('keeps %s for an English reader', (file) => expect(precaches(english, file)).toBe(true));

  it.each([
    'codes/TKT-001/v2/index.html',
    'uk/codes/TKT-001/index.html',
    'pagefind/index/uk_60cbbef.pf_index',
    'pagefind/wasm.ru.pagefind',
    'pagefind/pagefind-component-ui.js',
    'changes/index.html',
  ])('leaves %s to be cached when opened', (file) => expect(precaches(english, file)).toBe(false));

  it('gives a Ukrainian reader Ukrainian pages, the Ukrainian index and the stemmer-less wasm', () => {
    expect(precaches(ukrainian, 'uk/codes/TKT-001/index.html')).toBe(true);
    expect(precaches(ukrainian, 'pagefind/fragment/uk_17c488f.pf_fragment')).toBe(true);
    expect(precaches(ukrainian, 'pagefind/wasm.unknown.pagefind')).toBe(true);
    expect(precaches(ukrainian, 'codes/TKT-001/index.html')).toBe(false);
    expect(precaches(ukrainian, 'pagefind/index/en_60cbbef.pf_index')).toBe(false);
  });

  it("puts each language's worker in its own folder", () => {
    expect(serviceWorkerPath('en', 'en')).toBe('sw.js');
    expect(serviceWorkerPath('uk', 'en')).toBe('uk/sw.js');
  });
});
