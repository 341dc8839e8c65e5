import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { stepsSection, type TranslationContext } from '../../model/index.ts';
import { ruleMeta } from './rule-docs.ts';

const steps = (count: number) => `${count} step${count === 1 ? '' : 's'}`;

/**
 * Staff hand a code to each other by step number ("I'm at step 3"), so a
 * translated code has exactly as many steps as its original: none merged,
 * none dropped, none added.
 */
const translationStepsCount = lintRule<Root, TranslationContext>(ruleMeta('translation-steps-count'), (tree, file, { originals }) => {
  const translation = file.data.translation;
  if (!translation || translation.kind !== 'code' || file.data.bodyParsed === false) return;
  const original = originals.get(translation.originalPath);
  // An original without a readable steps list is steps-present's to report, on the original.
  if (original?.steps === undefined) return;
  const ofOriginal = `the original${original.version === undefined ? '' : ` (version ${original.version})`}`;

  const list = stepsSection(tree, original.stepsPlace)?.list;
  if (!list) {
    const afterFrontmatter = tree.children.find((node) => node.type !== 'yaml');
    file.message(
      `Missing numbered list of steps: ${ofOriginal} has ${steps(original.steps)}; translate its \`## Steps\` section, in the same place, as a level-2 heading with a numbered list (1. 2. 3.)`,
      { place: afterFrontmatter?.position?.start ?? { line: 1, column: 1 } },
    );
    return;
  }
  const count = list.children.length;
  if (count === original.steps) return;
  file.message(`Unexpected ${steps(count)}, expected ${original.steps} as in ${ofOriginal}: translate each step of the original as one numbered step`, {
    place: list.position,
  });
});

export default translationStepsCount;
