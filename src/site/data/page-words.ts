import { getCollection } from 'astro:content';
import { splitWords } from '../search/query-words.ts';
import { translationOf } from './translations.ts';

const wordsByLanguage = new Map<string, Promise<Set<string>>>();

/**
 * Every word the searchable pages of a language contain: each current code and
 * standard in its translation, or in the original where there is none. The
 * search page uses it to leave out synonyms that no page has.
 */
export function pageWordsIn(language: string, defaultLanguage: string): Promise<Set<string>> {
  let words = wordsByLanguage.get(language);
  if (!words) {
    words = collectWords(language, defaultLanguage);
    wordsByLanguage.set(language, words);
  }
  return words;
}

async function collectWords(language: string, defaultLanguage: string): Promise<Set<string>> {
  const originals = [
    ...(await getCollection('codes')).map((entry) => ({ kind: 'code' as const, entry })),
    ...(await getCollection('standards')).map((entry) => ({ kind: 'standard' as const, entry })),
  ];
  const words = new Set<string>();
  for (const { kind, entry } of originals) {
    const translation = language === defaultLanguage ? undefined : await translationOf(language, kind, entry.id);
    const { title, summary, phrases = [] } = translation?.data ?? entry.data;
    for (const text of [title, summary, ...phrases, translation?.body ?? entry.body ?? '']) {
      for (const word of splitWords(text)) words.add(word);
    }
  }
  return words;
}
