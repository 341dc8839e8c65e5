import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { HANDBOOK_FILE, type TranslationContext } from '../../model/index.ts';
import { unknownIdReason } from './known-ids.ts';
import { ruleMeta } from './rule-docs.ts';

/**
 * A translation sits in the folder of a language the handbook is read in:
 * only those get pages, search and a place in the language switcher, so a
 * file anywhere else would never reach staff.
 */
const translationLanguageKnown = lintRule<Root, TranslationContext>(ruleMeta('translation-language-known'), (_tree, file, { handbook }) => {
  const translation = file.data.translation;
  if (!translation || !handbook) return;
  const { language } = translation;
  // The folder is the whole fault, and it is named in the path, so the message belongs to the file.
  const place = { line: 1, column: 1 };
  if (language === handbook.default_language) {
    file.message(
      `Unexpected translation into \`${language}\`, the default language: its text is the original in content/codes/ or content/standards/; edit the original, or move this file to the folder of another language`,
      { place },
    );
    return;
  }
  if (Object.hasOwn(handbook.languages, language)) return;
  const translatedInto = new Set(Object.keys(handbook.languages).filter((code) => code !== handbook.default_language));
  file.message(`${unknownIdReason('language folder', language, translatedInto, HANDBOOK_FILE)}: add it to \`languages\` there, or move this file`, {
    place,
  });
});

export default translationLanguageKnown;
