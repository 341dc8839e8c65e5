import { feedbackLinkFor } from '../search/feedback-link.ts';
import { queryWords, searchForm, synonymLookup, type SearchSynonyms } from '../search/query-words.ts';
import { relaxedSearch, type RankedPage } from '../search/relaxed-search.ts';
import { PHRASE_SEPARATOR, searchRanking } from '../search/ranking.ts';
import { pluralForm, type PluralForms } from '../i18n/plural.ts';
import { exactCode } from './exact-code.ts';
import type { PagefindApi, PagefindFilters, PagefindResult } from './pagefind-api.ts';

/** What the page tells the script: strings in the reader's language and the handbook's settings. */
interface SearchSettings {
  language: string;
  bundlePath: string;
  base: string;
  codesPath: string;
  pageCount: number;
  synonyms: SearchSynonyms;
  feedbackTemplate: string;
  strings: {
    results: PluralForms;
    noResults: string;
    staffSay: string;
    searchFailed: string;
    /** Each filter's name in the reader's language, by Pagefind's filter name. */
    filterGroups: Record<string, string>;
    /** Filter values indexed by an id, in the reader's language, by filter name and id. */
    filterValues: Record<string, Record<string, string>>;
  };
}

const PAGE_SIZE = 6;
/** A pause in typing before searching, so a phone does not search after every letter. */
const TYPING_PAUSE_MS = 250;

const panel = document.querySelector<HTMLElement>('#search');
const settingsElement = document.querySelector('#search-settings');
if (panel && settingsElement?.textContent) start(panel, JSON.parse(settingsElement.textContent) as SearchSettings);

function start(panel: HTMLElement, settings: SearchSettings) {
  const form = panel.querySelector<HTMLFormElement>('form')!;
  const field = panel.querySelector<HTMLInputElement>('input[type="search"]')!;
  const clear = panel.querySelector<HTMLButtonElement>('.sh-search__clear')!;
  const status = panel.querySelector<HTMLElement>('.sh-search__status')!;
  const list = panel.querySelector<HTMLOListElement>('.sh-search__results')!;
  const more = panel.querySelector<HTMLButtonElement>('.sh-search__more')!;
  const feedback = panel.querySelector<HTMLAnchorElement>('.sh-search__feedback')!;
  const filtersBox = panel.querySelector<HTMLDetailsElement>('.sh-search__filters')!;
  const filterGroups = panel.querySelector<HTMLElement>('.sh-search__filter-groups')!;
  const synonyms = synonymLookup(settings.synonyms, settings.language);

  let pagefind: Promise<PagefindApi> | undefined;
  // Pagefind (about 75 KB with its wasm) loads when staff start typing, not with the page.
  const loadPagefind = () =>
    (pagefind ??= import(/* @vite-ignore */ `${settings.bundlePath}pagefind.js`).then(async (api: PagefindApi) => {
      // No web worker: a worker at /pagefind/ is a service-worker client of its own URL, so the root worker
      // would answer its fetches even on /uk/ pages, whose search files only /uk/sw.js keeps offline.
      await api.options({ ranking: searchRanking, baseUrl: settings.base, noWorker: true });
      await api.init();
      return api;
    }));

  let ranked: RankedPage<PagefindResult>[] = [];
  let shown = 0;
  let latestQuery = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const selectedFilters = (): PagefindFilters => {
    const filters: PagefindFilters = {};
    for (const box of filterGroups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      (filters[box.name] ??= { any: [] }).any.push(box.value);
    }
    return filters;
  };

  async function runSearch() {
    const query = field.value.trim();
    const thisQuery = ++latestQuery;
    clear.hidden = field.value.length === 0;
    feedback.hidden = query.length === 0;
    feedback.href = feedbackLinkFor(settings.feedbackTemplate, query);
    if (!query) {
      ranked = [];
      list.replaceChildren();
      delete list.dataset.query;
      more.hidden = true;
      status.textContent = '';
      return;
    }
    try {
      const api = await loadPagefind();
      const filters = selectedFilters();
      const code = exactCode(query);
      // A code in any spelling is one term Pagefind finds through the page's aliases; words are searched one by one.
      const words = code ? [{ word: code, terms: [code] }] : queryWords(query, settings.language, synonyms);
      const found = await relaxedSearch(
        words,
        async (term) => ((await api.search(term, { filters }))?.results ?? []).map((result) => ({ id: result.id, score: result.score, result })),
        settings.pageCount,
      );
      if (thisQuery !== latestQuery) return;
      ranked = found;
      shown = 0;
      list.replaceChildren();
      await showMore(thisQuery);
      if (thisQuery !== latestQuery) return;
      status.textContent = ranked.length === 0 ? settings.strings.noResults : pluralForm(settings.language, ranked.length, settings.strings.results);
    } catch {
      // Offline with nothing cached, or a broken index: say so rather than fail silently.
      if (thisQuery !== latestQuery) return;
      status.textContent = settings.strings.searchFailed;
    }
    // Says which query the list answers, for tests and measurements that must not read a stale list.
    list.dataset.query = query;
  }

  async function showMore(forQuery: number) {
    const next = ranked.slice(shown, shown + PAGE_SIZE);
    const items = await Promise.all(next.map(async (page) => resultItem(page, await page.result.data())));
    if (forQuery !== latestQuery) return;
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= ranked.length;
  }

  function resultItem(page: RankedPage<PagefindResult>, data: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'sh-result';
    const link = Object.assign(document.createElement('a'), { href: data.url, className: 'sh-result__link' });
    if (data.meta.code) link.append(Object.assign(document.createElement('span'), { className: 'sh-result__code', textContent: data.meta.code }), ' ');
    link.append(data.meta.title ?? data.url);
    item.append(link);
    if (data.meta.summary) item.append(Object.assign(document.createElement('p'), { className: 'sh-result__summary', textContent: data.meta.summary }));
    const phrase = matchedPhrase(data.meta.phrases, page.matchedWords);
    if (phrase) {
      const said = Object.assign(document.createElement('p'), { className: 'sh-result__phrase' });
      said.append(`${settings.strings.staffSay}: `, Object.assign(document.createElement('q'), { textContent: phrase }));
      item.append(said);
    }
    return item;
  }

  /** The phrase that shares most words with the query, shown only when one matched: it says why the result is here. */
  function matchedPhrase(phrases: string | undefined, matchedWords: string[]): string | undefined {
    if (!phrases) return undefined;
    const stems = matchedWords.map((word) => searchForm(word, settings.language));
    const score = (phrase: string) =>
      phrase
        .toLowerCase()
        .split(/\s+/)
        .filter((word) => stems.some((stem) => word.startsWith(stem))).length;
    const best = phrases
      .split(PHRASE_SEPARATOR)
      .map((phrase) => ({ phrase, hits: score(phrase) }))
      .sort((a, b) => b.hits - a.hits)[0];
    return best && best.hits > 0 ? best.phrase : undefined;
  }

  async function showFilters() {
    if (filterGroups.childElementCount > 0) return;
    const available = await (await loadPagefind()).filters();
    for (const [name, values] of Object.entries(available)) {
      const group = document.createElement('fieldset');
      group.append(Object.assign(document.createElement('legend'), { textContent: settings.strings.filterGroups[name] ?? name }));
      for (const [value, count] of Object.entries(values)) {
        const label = document.createElement('label');
        const shown = settings.strings.filterValues[name]?.[value] ?? value;
        label.append(Object.assign(document.createElement('input'), { type: 'checkbox', name, value }), ` ${shown} (${count})`);
        group.append(label);
      }
      filterGroups.append(group);
    }
  }

  field.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(runSearch, TYPING_PAUSE_MS);
  });
  field.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  filterGroups.addEventListener('change', () => void runSearch());
  filtersBox.addEventListener('toggle', () => {
    if (filtersBox.open) void showFilters().catch(() => undefined);
  });
  more.addEventListener('click', () => void showMore(latestQuery));
  clear.addEventListener('click', () => {
    field.value = '';
    void runSearch();
    field.focus();
  });
  // Enter on an exact code opens that code: staff who were told "TKT-001" need no result list.
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const code = exactCode(field.value);
    if (code) {
      const url = `${settings.codesPath}${code}/`;
      const response = await fetch(url, { method: 'HEAD' }).catch(() => undefined);
      if (response?.ok) return location.assign(url);
    }
    clearTimeout(typingTimer);
    await runSearch();
    list.querySelector('a')?.focus();
  });
  // A query kept by the browser (back button) or typed before the script ran is searched at once.
  if (field.value) void runSearch();
}
