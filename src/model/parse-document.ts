import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { attachFrontmatter } from './frontmatter.ts';
import { DOCUMENT_FOLDER, DOCUMENT_KINDS } from './schema/index.ts';
import type { DocumentKind } from './types.ts';

/** Where each kind of controlled document lives, relative to the repository root. */
export const DOCUMENT_FOLDERS: ReadonlyArray<readonly [DocumentKind, string]> = DOCUMENT_KINDS.map((kind) => [kind, `content/${DOCUMENT_FOLDER[kind]}`]);

/** The kind of document a repository path holds (`content/codes/TKT-001.mdx` is a code), or undefined. */
export function documentKindOf(path: string): DocumentKind | undefined {
  for (const [kind, folder] of DOCUMENT_FOLDERS) {
    const name = path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : undefined;
    if (name !== undefined && !name.includes('/') && name.endsWith('.mdx')) return kind;
  }
  return undefined;
}

/** `content/codes/TKT-001.mdx` → `TKT-001`: the permanent id a document's file name carries. */
export const documentIdOf = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.mdx$/, '');

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
// Plain Markdown never fails to parse: it lets frontmatter rules run on a file whose MDX is broken.
const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

export interface ParsedDocument {
  file: VFile;
  tree: Root;
}

/**
 * Parse a document whose text is already in `file.value`: the MDX tree, and the
 * frontmatter with positions in `file.data.frontmatter`. Broken MDX becomes an
 * `mdx-syntax` message and the body is read as plain Markdown instead.
 */
export function parseDocument(file: VFile): Root {
  let tree: Root;
  try {
    tree = mdxParser.parse(file);
    file.data.bodyParsed = true;
  } catch (error) {
    // remark-mdx throws a VFileMessage that knows where the syntax broke.
    const cause = error as Partial<VFileMessage>;
    // Its reason may end with "(24:1-24:6)"; the place already carries the position.
    const reason = (cause.reason ?? String(error)).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)$/, '');
    file.message(`Broken MDX: ${reason}`, {
      place: cause.place,
      ruleId: 'mdx-syntax',
      source: 'handbook',
    }).fatal = true;
    tree = markdownParser.parse(file);
    file.data.bodyParsed = false;
  }
  attachFrontmatter(tree, file);
  return tree;
}

/**
 * Parse one document from text that did not come from the working tree, such as
 * a file at an older commit. `path` decides its kind, as it does for the checker.
 */
export function parseDocumentText(path: string, text: string): ParsedDocument {
  const file = new VFile({ path, value: text.replace(/^\uFEFF/, '') });
  const kind = documentKindOf(path);
  if (kind) file.data.kind = kind;
  return { file, tree: parseDocument(file) };
}
