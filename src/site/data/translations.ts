import { getCollection, type CollectionEntry } from 'astro:content';
import { DOCUMENT_FOLDER, translationStatus, type DocumentKind } from '../../model/index.ts';

/** What a reader gets in a language: the translation, an outdated one, or the original for want of one. */
export type Reading =
  | { state: 'original' }
  | { state: 'translated'; sourceVersion: number }
  | { state: 'outdated'; sourceVersion: number }
  | { state: 'untranslated' };

export interface ReadableText {
  title: string;
  summary: string;
  /** What staff say for it in this language, for search; the original's when there is no translation. */
  phrases: readonly string[];
  /** The body, rendered by the content loader. */
  html: string;
  reading: Reading;
}

/** What the content loader rendered of an entry's body. */
export const bodyHtml = (entry: { rendered?: { html: string } | undefined }) => entry.rendered?.html ?? '';

let translationsById: Promise<Map<string, CollectionEntry<'translations'>>> | undefined;

/** The translation of a document in a language, if there is one (looked up without warnings for the many that have none). */
export async function translationOf(language: string, kind: DocumentKind, id: string): Promise<CollectionEntry<'translations'> | undefined> {
  translationsById ??= getCollection('translations').then((entries) => new Map(entries.map((entry) => [entry.id, entry])));
  return (await translationsById).get(`${language}/${DOCUMENT_FOLDER[kind]}/${id}`);
}

/**
 * The text of a current document in `language`: its translation when there is
 * one, else the original, with what the reader must be told about it.
 */
export async function textIn(
  kind: DocumentKind,
  original: CollectionEntry<'codes'> | CollectionEntry<'standards'>,
  language: string,
  defaultLanguage: string,
): Promise<ReadableText> {
  const { title, summary, version, phrases = [] } = original.data;
  if (language === defaultLanguage) return { title, summary, phrases, html: bodyHtml(original), reading: { state: 'original' } };
  const translation = await translationOf(language, kind, original.id);
  if (!translation) return { title, summary, phrases, html: bodyHtml(original), reading: { state: 'untranslated' } };
  const { source_version: sourceVersion } = translation.data;
  return {
    title: translation.data.title,
    summary: translation.data.summary,
    phrases: translation.data.phrases ?? [],
    html: bodyHtml(translation),
    reading: translationStatus(sourceVersion, version) === 'outdated' ? { state: 'outdated', sourceVersion } : { state: 'translated', sourceVersion },
  };
}
