import { handbookConfig } from '../data/handbook-config.ts';

export interface Language {
  code: string;
  /** The language's name as its readers write it: Українська, Русский. */
  name: string;
}

/** The handbook's languages, the default first, and which one is the default. */
export async function handbookLanguages(): Promise<{ defaultLanguage: string; languages: Language[] }> {
  const { default_language: defaultLanguage, languages } = await handbookConfig();
  const all = Object.entries(languages).map(([code, name]) => ({ code, name }));
  return { defaultLanguage, languages: [...all.filter((l) => l.code === defaultLanguage), ...all.filter((l) => l.code !== defaultLanguage)] };
}

/**
 * getStaticPaths entries for a page in every language, for a route under `[...lang]`: the default language at
 * the root (`lang` undefined), every other under `/<language>/`.
 */
export async function everyLanguagePath(): Promise<Array<{ params: { lang: string | undefined } }>> {
  const { defaultLanguage, languages } = await handbookLanguages();
  return languages.map(({ code }) => ({ params: { lang: code === defaultLanguage ? undefined : code } }));
}

/** getStaticPaths entries for the pages every language other than the default gets under `/<language>/`. */
export async function translatedLanguagePaths() {
  const { defaultLanguage, languages } = await handbookLanguages();
  return languages.filter(({ code }) => code !== defaultLanguage).map(({ code }) => ({ params: { lang: code } }));
}
