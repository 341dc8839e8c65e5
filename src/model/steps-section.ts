import type { Heading, List, ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

export const STEPS_HEADING = 'Steps';

export interface StepsSection {
  heading: Heading;
  /** The numbered list that holds the steps, when the section has one. */
  list: List | undefined;
  /** Every node between the heading and the next heading of level 1 or 2. */
  nodes: RootContent[];
}

/** The `## Steps` section of a document, or undefined when it has none. */
export function stepsSection(tree: Root): StepsSection | undefined {
  const headingIndex = tree.children.findIndex(
    (node) => node.type === 'heading' && node.depth === 2 && toString(node).trim().toLowerCase() === STEPS_HEADING.toLowerCase(),
  );
  if (headingIndex === -1) return undefined;
  const rest = tree.children.slice(headingIndex + 1);
  const end = rest.findIndex((node) => node.type === 'heading' && node.depth <= 2);
  const nodes = end === -1 ? rest : rest.slice(0, end);
  const list = nodes.find((node): node is List => node.type === 'list' && node.ordered === true);
  return { heading: tree.children[headingIndex] as Heading, list, nodes };
}

/** The steps of a document in order, as list items; empty when it has no numbered steps. */
export const stepItems = (tree: Root): ListItem[] => stepsSection(tree)?.list?.children ?? [];

/**
 * The steps of a translated code: the first numbered list directly in a
 * section under a level-2 heading. The heading is translated (`## Кроки`), so
 * the section is found by its place in the document, not by its words.
 */
export function translatedStepsList(tree: Root): List | undefined {
  let inLevel2Section = false;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) inLevel2Section = node.depth === 2;
    else if (inLevel2Section && node.type === 'list' && node.ordered === true) return node;
  }
  return undefined;
}
