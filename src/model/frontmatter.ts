import type { Root } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { fastYamlValue } from './fast-yaml.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import './types.ts';

/** Parse the YAML frontmatter node of `tree` into `file.data.frontmatter`, keeping file positions. */
export function attachFrontmatter(tree: Root, file: VFile): void {
  const first = tree.children[0];
  if (first?.type !== 'yaml') return;
  const openingLine = first.position?.start.line ?? 1;
  file.data.frontmatter = parseYamlSource(first.value, openingLine + 1);
}

/**
 * As attachFrontmatter, but simple frontmatter (nearly all of it) is read by
 * the fast reader and positioned only when a rule asks where something is.
 * Anything else is parsed with positions at once. The data is the same either way.
 */
export function attachFrontmatterFast(tree: Root, file: VFile): void {
  const first = tree.children[0];
  if (first?.type !== 'yaml') return;
  const firstLine = (first.position?.start.line ?? 1) + 1;
  const fast = fastYamlValue(first.value);
  file.data.frontmatter = fast
    ? lazyYamlSource(
        () => ({ value: fast.value, problems: [] }),
        () => parseYamlSource(first.value, firstLine),
      )
    : parseYamlSource(first.value, firstLine);
}

/**
 * Frontmatter whose data and problems are already known (read fast, or kept
 * from an earlier check) but worked out only when first read (`known`);
 * `positioned` parses it with positions the first time anyone reads where a
 * field is. Rules ask for a place before they know whether they will report
 * (escalation-roles does for every level), so a place is only worked out
 * when read: in practice when a message is made of it.
 */
export function lazyYamlSource(known: () => Pick<YamlSource, 'value' | 'problems'>, positioned: () => YamlSource): YamlSource {
  let data: Pick<YamlSource, 'value' | 'problems'> | undefined;
  let source: YamlSource | undefined;
  return {
    get value() {
      return (data ??= known()).value;
    },
    get problems() {
      return (data ??= known()).problems;
    },
    placeOf: (path, options) => {
      let place: Position | undefined;
      const resolve = () => (place ??= (source ??= positioned()).placeOf(path, options));
      return {
        get start() {
          return resolve().start;
        },
        get end() {
          return resolve().end;
        },
      };
    },
  };
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

// A document's frontmatter block: `---` on the first line (after a byte-order mark), up to the next `---` line.
const FRONTMATTER_BLOCK = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The frontmatter of a document's text as plain data, for readers that need no positions (git history reads
 * every version of every file): the fast reader for simple YAML, the `yaml` library for the rest. Undefined
 * when the text has no frontmatter or it is not a mapping.
 */
export function frontmatterData(text: string): Record<string, unknown> | undefined {
  const block = FRONTMATTER_BLOCK.exec(text)?.[1];
  if (block === undefined) return undefined;
  const fast = fastYamlValue(block);
  if (fast) return fast.value;
  const { value } = parseYamlSource(block, 1);
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
