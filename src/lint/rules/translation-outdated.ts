import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { translationStatus, type TranslationContext } from '../../model/index.ts';
import { translationVersions } from './translation-versions.ts';
import { ruleMeta } from './rule-docs.ts';

/**
 * A translation of an earlier version may tell staff to do what the handbook
 * no longer asks. The site says so on the page; the checker warns, and with
 * `--strict` refuses it, so a release can require every language to be current.
 */
const translationOutdated = lintRule<Root, TranslationContext>(ruleMeta('translation-outdated'), (_tree, file, context) => {
  const versions = translationVersions(file, context);
  if (!versions || translationStatus(versions.source, versions.original) !== 'outdated') return;
  file.message(
    `This translation is of version ${versions.source}; the original is at version ${versions.original}: update it and set source_version: ${versions.original}`,
    { place: file.data.frontmatter?.placeOf(['source_version']) },
  );
});

export default translationOutdated;
