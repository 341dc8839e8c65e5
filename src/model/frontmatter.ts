import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { parseYamlSource } from './yaml-source.ts';
import './types.ts';

/** Parse the YAML frontmatter node of `tree` into `file.data.frontmatter`, keeping file positions. */
export function attachFrontmatter(tree: Root, file: VFile): void {
  const first = tree.children[0];
  if (first?.type !== 'yaml') return;
  const openingLine = first.position?.start.line ?? 1;
  file.data.frontmatter = parseYamlSource(first.value, openingLine + 1);
}

/** The raw value of a top-level frontmatter field, whatever its type; rules narrow it themselves. */
export function frontmatterField(file: VFile, key: string): unknown {
  const value = file.data.frontmatter?.value;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

/** The text after the frontmatter block of a parsed document: what its readers read. */
export function bodyOf(tree: Root, text: string): string {
  const first = tree.children[0];
  return first?.type === 'yaml' ? text.slice(first.position?.end.offset ?? 0) : text;
}
