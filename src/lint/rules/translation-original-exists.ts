import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { documentIdOf, type TranslationContext } from '../../model/index.ts';
import { ruleMeta } from './rule-docs.ts';

/** A translation takes owner, escalation, version and dates from its original, so the original must exist. */
const translationOriginalExists = lintRule<Root, TranslationContext>(ruleMeta('translation-original-exists'), (_tree, file, { originals }) => {
  const translation = file.data.translation;
  if (!translation || originals.has(translation.originalPath)) return;
  file.message(
    `Unexpected translation of \`${documentIdOf(file.path)}\`: there is no ${translation.originalPath}; name the file as the ${translation.kind} it translates, or write the original first`,
    // The file name is at fault, and the path already shows it.
    { place: { line: 1, column: 1 } },
  );
});

export default translationOriginalExists;
