import { lintRule } from 'unified-lint-rule';
import type { List, Root } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { STEPS_HEADING, stepsSection } from '../../model/index.ts';
import { ruleMeta } from './rule-docs.ts';

/**
 * A problem code is only useful if it says what to do: one `## Steps` section
 * holding one numbered list with at least one non-empty step.
 */
const stepsPresent = lintRule<Root>(ruleMeta('steps-present'), (tree, file) => {
  if (file.data.kind !== 'code' || file.data.bodyParsed === false) return;

  const section = stepsSection(tree);
  if (!section) {
    const afterFrontmatter = tree.children.find((node) => node.type !== 'yaml') ?? tree.children[0];
    file.message(`Missing \`## ${STEPS_HEADING}\` section: add it with a numbered list (1. 2. 3.) of what staff do`, {
      place: afterFrontmatter?.position?.start ?? { line: 1, column: 1 },
    });
    return;
  }

  const lists = section.nodes.filter((node): node is List => node.type === 'list');
  const ordered = lists.filter((list) => list.ordered);

  if (ordered.length === 0) {
    const unordered = lists[0];
    file.message(
      unordered
        ? 'Unexpected bulleted list under `## Steps`, expected a numbered list (1. 2. 3.): steps happen in order'
        : 'Missing numbered list under `## Steps`: write each step as `1. …`',
      { place: (unordered ?? section.heading).position },
    );
    return;
  }
  for (const extra of ordered.slice(1)) {
    file.message('Unexpected second numbered list under `## Steps`: merge the steps into one list (use `Note` for asides)', {
      place: extra.position,
    });
  }
  for (const item of ordered[0]!.children) {
    if (plainText(item).trim() === '') file.message('Unexpected empty step: say what to do, or remove the number', { place: item.position });
  }
});

export default stepsPresent;
