import type { Heading, List, ListItem, Root, RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';

export const STEPS_HEADING = 'Steps';

export interface StepsSection {
  heading: Heading;
  /** The first numbered list in the section, when it has one: a sentence may come before it. */
  list: List | undefined;
  /** Every node between the heading and the next heading of level 1 or 2. */
  nodes: RootContent[];
}

/** The level-2 sections of a document in order, each up to the next heading of level 1 or 2. */
function levelTwoSections(tree: Root): Array<{ heading: Heading; nodes: RootContent[] }> {
  const sections: Array<{ heading: Heading; nodes: RootContent[] }> = [];
  let open: { heading: Heading; nodes: RootContent[] } | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      open = node.depth === 2 ? { heading: node, nodes: [] } : undefined;
      if (open) sections.push(open);
    } else open?.nodes.push(node);
  }
  return sections;
}

/**
 * Which level-2 section holds an original's steps: the one headed `## Steps`.
 * A translation's heading is translated (`## Кроки`), so its steps are found
 * at the same place as its original's rather than by their words.
 */
export function stepsPlace(original: Root): number | undefined {
  const place = levelTwoSections(original).findIndex(({ heading }) => plainText(heading).trim().toLowerCase() === STEPS_HEADING.toLowerCase());
  return place === -1 ? undefined : place;
}

/**
 * The steps section of a document: the one finder the checker, the checklist,
 * print, translations and history all use. `place` defaults to the document's
 * own `## Steps`; pass the original's `stepsPlace` for a translation.
 */
export function stepsSection(tree: Root, place: number | undefined = stepsPlace(tree)): StepsSection | undefined {
  const section = place === undefined ? undefined : levelTwoSections(tree)[place];
  if (!section) return undefined;
  const list = section.nodes.find((node): node is List => node.type === 'list' && node.ordered === true);
  return { ...section, list };
}

/** The steps of a document in order, as list items; empty when it has no numbered steps. */
export const stepItems = (tree: Root, place?: number): ListItem[] => stepsSection(tree, place)?.list?.children ?? [];
