/** The service worker's file name, in each language's folder. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Where a language's service worker lives, relative to the site: `sw.js` for the default, `uk/sw.js` for Ukrainian. */
export const serviceWorkerPath = (language: string, defaultLanguage: string) =>
  language === defaultLanguage ? SERVICE_WORKER_FILE : `${language}/${SERVICE_WORKER_FILE}`;

export interface PrecachePlan {
  /** Globs, relative to the built site, of what a reader of the language downloads on the first visit. */
  precache: string[];
  ignore: string[];
}

/**
 * What a reader of `language` needs with no signal, as globs over the built
 * site: the shell (styles, scripts, icons, the not-found page), the current
 * pages of that language (`codes/<CODE>/`, not `codes/<CODE>/v2/`), and
 * that language's search: Pagefind's engine (without its web worker, which
 * the search page does not use), the wasm for its stemmer
 * (`unknown` when Pagefind has none, as for Ukrainian) and the index files
 * named for the language.
 */
export function precachePlan(options: { language: string; defaultLanguage: string; languages: readonly string[]; searchWasm: string | null }): PrecachePlan {
  const { language, defaultLanguage, languages, searchWasm } = options;
  const folder = language === defaultLanguage ? '' : `${language}/`;
  const pages = ['index.html', 'codes/index.html', 'codes/*/index.html', 'standards/index.html', 'standards/*/index.html'].map((page) => folder + page);
  // Roles and the shift briefing exist in the default language only; a shift lead opens them from any language.
  const defaultOnly = ['roles/index.html', 'roles/*/index.html', 'briefing/index.html'];
  return {
    precache: [
      ...pages,
      ...defaultOnly,
      '404.html',
      '_astro/*.{js,css}',
      '*.{svg,png,ico,webmanifest}',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      `pagefind/wasm.${searchWasm ?? 'unknown'}.pagefind`,
      `pagefind/pagefind.${language}_*.pf_meta`,
      `pagefind/{index,fragment,filter}/${language}_*`,
    ],
    // The default language's folders hold the others' (`uk/…`): their pages belong to their own worker.
    ignore: language === defaultLanguage ? languages.filter((other) => other !== language).map((other) => `${other}/**`) : [],
  };
}
