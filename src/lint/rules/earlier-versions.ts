import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { frontmatterField } from '../../model/index.ts';
import { kindNoun } from './base-change.ts';
import { addTheField, EARLIER_VERSIONS_FIELD, versionOfFile, versionsBeforeWere, type HistoryContext } from './earlier-versions-field.ts';
import { ruleMeta } from './rule-docs.ts';

/**
 * A document whose history in git starts above version 1 was approved before
 * the handbook moved to the repository, and its pages cannot link to those
 * versions: `earlier_versions` must say where an auditor finds them. A
 * document git records from version 1 has no such versions, so the field
 * would mislead. A document git has not recorded yet (new, not committed)
 * starts where its `version` is now.
 */
const earlierVersions = lintRule<Root, HistoryContext>(ruleMeta('earlier-versions'), (_tree, file, { firstVersions }) => {
  const version = versionOfFile(file);
  if (version === undefined || file.data.translation) return;
  const recorded = firstVersions.get(file.path);
  const first = recorded ?? version;
  const hasField = frontmatterField(file, EARLIER_VERSIONS_FIELD) !== undefined;
  const kind = kindNoun(file);
  if (first > 1 && !hasField) {
    const why =
      recorded === undefined
        ? `this new ${kind} starts at version ${first}: start it at version 1, or, if ${versionsBeforeWere(first)} approved before the repository, `
        : `git records this ${kind} from version ${first}, so ${versionsBeforeWere(first)} approved before the repository: `;
    file.message(`Missing \`${EARLIER_VERSIONS_FIELD}\`: ${why}${addTheField(first)}`, { place: file.data.frontmatter?.placeOf(['version']) });
  }
  if (first === 1 && hasField) {
    const why = recorded === undefined ? `this new ${kind} starts at version 1` : `git records this ${kind} from version 1`;
    file.message(`Unexpected \`${EARLIER_VERSIONS_FIELD}\`: ${why}, so no version is older than the repository; remove the field`, {
      place: file.data.frontmatter?.placeOf([EARLIER_VERSIONS_FIELD], { key: true }),
    });
  }
});

export default earlierVersions;
