/**
 * Where a link in a document's body leads, in the reader's language. Writers link other codes and standards by
 * their plain address (`[TKT-004](/codes/TKT-004/)`), and every code and standard has a page in every language
 * (the original, with a notice, where no translation exists); so on /uk/ such a link opens /uk/codes/TKT-004/,
 * not the English page. The loader renders a body once for every language; the page localises its links, as it
 * does its labels (body-labels.ts).
 */

/** The site's folders whose every page exists in every language. */
const LOCALISED_FOLDERS = ['codes', 'standards'] as const;

/** A path of the site in a language, base included: the site's `pathIn` (`uk`, `codes/TKT-004/` → `/uk/codes/TKT-004/`). */
export type PathIn = (language: string, path: string) => string;

export interface LinkLanguages {
  /** The language of the page the body is shown on. */
  reader: string;
  /** Every language of the handbook, so a link written as `/uk/codes/…` keeps the language its writer chose. */
  languages: readonly string[];
  pathIn: PathIn;
}

/**
 * The body's links to codes and standards (`/codes/TKT-004/`, `/standards/refunds/#cash`) made to lead to the
 * reader's language under the site's base; a link that names a language (`/uk/standards/refunds/`) keeps it and
 * gets the base. Other links (other sites, anchors, other folders) are left as written.
 */
export function localiseLinks(html: string, { reader, languages, pathIn }: LinkLanguages): string {
  return html.replaceAll(/(<a\s[^>]*?\bhref=")([^"]*)(")/g, (whole, open: string, href: string, close: string) => {
    const target = localTarget(href, languages);
    if (!target) return whole;
    return `${open}${pathIn(target.language ?? reader, target.path)}${target.rest}${close}`;
  });
}

/** `/uk/codes/TKT-004#steps` → language uk, path `codes/TKT-004/`, rest `#steps`; undefined for any other link. */
function localTarget(href: string, languages: readonly string[]): { language: string | undefined; path: string; rest: string } | undefined {
  const match = /^\/(?:([a-z]{2})\/)?([a-z]+)(\/[^?#]*)?([?#].*)?$/.exec(href);
  if (!match) return undefined;
  const [, language, folder = '', below = '/', rest = ''] = match;
  if (language !== undefined && !languages.includes(language)) return undefined;
  if (!(LOCALISED_FOLDERS as readonly string[]).includes(folder)) return undefined;
  // The site's addresses end in a slash (trailingSlash: 'always'); a writer's `/codes/TKT-004` is the same page.
  const path = `${folder}${below.endsWith('/') ? below : `${below}/`}`;
  return { language, path, rest };
}
