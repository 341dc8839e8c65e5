import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { frontmatterField, type PullRequestContext } from '../../model/index.ts';
import { ruleMeta } from './rule-docs.ts';

/**
 * Raising `source_version` says "this translation now says what that version says", and silences the outdated
 * notice. With the translated text unchanged that is true only when the original changed nothing that is read
 * (its owner, escalation or dates, say); when its title, summary or body changed, staff would read the old text
 * as current.
 */
const translationSourceRaised = lintRule<Root, PullRequestContext>(ruleMeta('translation-source-raised'), (_tree, file, { baseRef }) => {
  const change = file.data.translationChange;
  if (!change || change.textEdited || change.originalTextChanged !== true) return;
  const source = frontmatterField(file, 'source_version');
  file.message(
    `Unexpected \`source_version\` ${String(source)} with the text unchanged from ${baseRef}, expected the text translated anew: the original's title, summary or body changed between version ${change.baseSourceVersion} and version ${String(source)}; translate that change, or keep source_version: ${change.baseSourceVersion}`,
    { place: file.data.frontmatter?.placeOf(['source_version']) },
  );
});

export default translationSourceRaised;
