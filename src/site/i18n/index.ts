import { getRelativeLocaleUrl } from 'astro:i18n';
import { en, type UiStrings } from './en.ts';
import { ru } from './ru.ts';
import { uk } from './uk.ts';

/** Interface strings by language; a configured language without its own falls back to English. */
const INTERFACE: Readonly<Record<string, UiStrings>> = { en, uk, ru };

export const uiStrings = (language: string | undefined): UiStrings => INTERFACE[language ?? 'en'] ?? en;

/** A path of the site in a language: `/codes/` in the default language, `/uk/codes/` in Ukrainian. */
export const pathIn = (language: string, path: string) => getRelativeLocaleUrl(language, path);

export type { UiStrings };
