import type { List, Root } from 'mdast';

/**
 * Mark a document's steps: the first numbered list that directly follows a
 * level-2 heading. Position, not the heading's words, so a translation's
 * `## Кроки` is found like `## Steps`, and the checklist, print layout and
 * tests find the steps in any language.
 */
export default function remarkMarkSteps() {
  return (tree: Root) => {
    const index = tree.children.findIndex(
      (node, position) => node.type === 'list' && node.ordered === true && tree.children[position - 1]?.type === 'heading' && (tree.children[position - 1] as { depth: number }).depth === 2,
    );
    const steps = tree.children[index] as List | undefined;
    if (steps) steps.data = { ...steps.data, hProperties: { className: ['sh-steps'] } };
  };
}
