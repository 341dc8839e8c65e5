import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { translationStatus, type TranslationContext } from '../../model/index.ts';
import { translationVersions } from './translation-versions.ts';
import { ruleMeta } from './rule-docs.ts';

/**
 * A translation cannot translate a version the original has not reached:
 * usually a typo, and it would hide the translation falling behind later.
 */
const translationVersionExists = lintRule<Root, TranslationContext>(ruleMeta('translation-version-exists'), (_tree, file, context) => {
  const versions = translationVersions(file, context);
  if (!versions || translationStatus(versions.source, versions.original) !== 'ahead') return;
  file.message(
    `Unexpected \`source_version\` ${versions.source}, expected ${versions.original} or lower: the original is at version ${versions.original}; set the version of the original you translated`,
    { place: file.data.frontmatter?.placeOf(['source_version']) },
  );
});

export default translationVersionExists;
