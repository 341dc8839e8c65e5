import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Point, Position } from 'unist';

/** A YAML problem, located in the file that holds the YAML. */
export interface YamlProblem {
  reason: string;
  place: Position;
}

export interface YamlSource {
  /** The plain data, or undefined when the YAML could not be parsed. */
  value: unknown;
  problems: YamlProblem[];
  /**
   * Where the value at `path` is written, or where its key is written when
   * `key` is true. Falls back to the nearest parent that exists, so a missing
   * field points at the object that should hold it.
   */
  placeOf(path: ReadonlyArray<PropertyKey>, options?: { key?: boolean }): Position;
}

/**
 * Parse YAML keeping positions. `firstLine` is the line of the file on which
 * the YAML text starts (frontmatter starts after its opening `---`).
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  // Plain YAML 1.2 core schema: dates stay strings so the schema can say whether they are real days.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });

  const toPoint = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const toPosition = (range: readonly [number, number, ...number[]]): Position => ({
    start: toPoint(range[0]),
    end: toPoint(range[1]),
  });
  const start: Position = { start: toPoint(0), end: toPoint(0) };

  const problems: YamlProblem[] = [...document.errors, ...document.warnings].map((error) => ({
    reason: `Broken YAML: ${firstSentence(error.message)}${quoteHint(error.message)}`,
    place: toPosition(error.pos),
  }));

  function placeOf(path: ReadonlyArray<PropertyKey>, options: { key?: boolean } = {}): Position {
    let node: unknown = document.contents;
    let place = node && isNode(node) && node.range ? toPosition(node.range) : start;
    for (const [index, segment] of path.entries()) {
      const child = childOf(node, segment);
      if (!child) return place;
      const last = index === path.length - 1;
      const target = last && options.key ? child.key : child.value;
      if (isNode(target) && target.range) place = toPosition(target.range);
      else if (isNode(child.key) && child.key.range) place = toPosition(child.key.range);
      node = child.value;
    }
    return place;
  }

  const value = document.errors.length > 0 ? undefined : document.toJS();
  return { value, problems, placeOf };
}

/** The key node and value node one step down from `node`, if that step exists. */
function childOf(node: unknown, segment: PropertyKey): { key: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
    return pair ? { key: pair.key, value: pair.value } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment] as Node | undefined;
    return item ? { key: undefined, value: item } : undefined;
  }
  return undefined;
}

/** YAML keeps `@` and a backtick for itself: a value starting with one, such as a GitHub team, must be quoted. */
function quoteHint(message: string): string {
  const reserved = /reserved character ([@`])/.exec(message)?.[1];
  if (reserved === undefined) return '';
  return reserved === '@' ? '; put the value in quotes, such as "@acme/shift-managers"' : '; put the value in quotes';
}

/** The yaml library's messages carry a code excerpt after the first line; the position already says where. */
function firstSentence(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
}
