import type { ListItem, Nodes, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx';
import { toString as mdastText } from 'mdast-util-to-string';
import {
  documentIdOf,
  documentKindOf,
  parseDocumentText,
  plainProblemCode,
  plainStandard,
  stepsSection,
  type DocumentKind,
  type ProblemCodeFrontmatter,
  type StandardFrontmatter,
} from '../../model/index.ts';

interface VersionText {
  /** The permanent id: the code, or the standard's slug. */
  id: string;
  /** Repository path of the file this version was read from. */
  path: string;
  /** Each numbered step of the `## Steps` section as plain text, in order; empty when there is none. */
  steps: string[];
  /** The body outside the `## Steps` section, as written, so a change elsewhere in the text is not missed. */
  otherText: string;
}

/** One version of a problem code or standard, read from its file at some commit or in the working tree. */
export type DocumentVersion =
  | (VersionText & { kind: 'code'; frontmatter: ProblemCodeFrontmatter })
  | (VersionText & { kind: 'standard'; frontmatter: StandardFrontmatter });

/** A file that cannot be compared, because it does not fit the content model there. */
export interface UnreadableDocument {
  kind: DocumentKind;
  id: string;
  path: string;
  reason: string;
}

export type DocumentReading = { readable: true; version: DocumentVersion } | ({ readable: false } & UnreadableDocument);

/**
 * Read a document from its text with the checker's own parser and the content
 * model's schema. Never throws: a file the checker would refuse comes back as
 * unreadable, with a reason.
 */
export function readDocumentVersion(path: string, text: string): DocumentReading {
  const kind = documentKindOf(path);
  const id = documentIdOf(path);
  if (!kind) return { readable: false, kind: 'standard', id, path, reason: 'it is not in content/codes/ or content/standards/' };
  const { file, tree } = parseDocumentText(path, text);
  const value = file.data.frontmatter?.value;
  if (file.data.frontmatter === undefined || value === undefined) {
    return { readable: false, kind, id, path, reason: 'its frontmatter is missing or is not valid YAML' };
  }
  const shared = { id, path, steps: stepTexts(tree), otherText: textOutsideSteps(tree, String(file.value)) };
  if (kind === 'code') {
    const result = plainProblemCode.safeParse(value);
    if (result.success) return { readable: true, version: { ...shared, kind, frontmatter: result.data } };
  } else {
    const result = plainStandard.safeParse(value);
    if (result.success) return { readable: true, version: { ...shared, kind, frontmatter: result.data } };
  }
  return { readable: false, kind, id, path, reason: 'its frontmatter does not match the content model' };
}

function stepTexts(tree: Root): string[] {
  return (stepsSection(tree)?.list?.children ?? []).map(stepText);
}

/**
 * A step as a reader says it: formatting dropped, and a `<Say>` phrase in
 * quotation marks, since the words to say are the point of the step.
 */
export function stepText(item: ListItem): string {
  return item.children.map(plainText).join(' ').replace(/\s+/g, ' ').trim();
}

function plainText(node: Nodes): string {
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Say') {
    return `“${node.children.map(plainText).join('').trim()}”`;
  }
  // Blocks inside a step (a nested list, a note) are separate sentences; inline nodes run on.
  if ('children' in node) return node.children.map(plainText).join(isBlockContainer(node) ? ' ' : '');
  return mdastText(node);
}

const isBlockContainer = (node: Nodes) => node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote' || node.type === 'mdxJsxFlowElement';

/** The body as written, without frontmatter and without the `## Steps` section. */
function textOutsideSteps(tree: Root, source: string): string {
  const section = stepsSection(tree);
  const skipped = new Set<RootContent>(section ? [section.heading, ...section.nodes] : []);
  return tree.children
    .filter((node) => node.type !== 'yaml' && !skipped.has(node))
    .map((node) => source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0))
    .join('\n\n');
}
