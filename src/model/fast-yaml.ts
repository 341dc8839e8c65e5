import { Document, isScalar } from 'yaml';

/**
 * The plain data of simple frontmatter, about ten times faster than the `yaml`
 * library, or undefined when the text is anything but simple. Simple means:
 * block mappings with plain keys, block sequences (`- item`, `- key: value`),
 * one-line flow sequences of plain words (`[a, b]`), and one-line scalars
 * (plain, or quoted without escapes). Scalars resolve through the `yaml`
 * library's own core-schema tags, so numbers, booleans and null come out as
 * `parseYamlSource` gives them. Anything else (comments after a value,
 * multi-line scalars, anchors, tags, tabs, duplicate keys, odd indentation)
 * returns undefined and the caller parses with `yaml`, which also knows where
 * every problem is. Within this subset `yaml` reports no error or warning, so
 * the caller may take "no problems" for granted.
 */
export function fastYamlValue(text: string): { value: Record<string, unknown> } | undefined {
  if (unusual(text)) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    if (BLANK_OR_COMMENT.test(raw)) continue;
    // Only spaces indent in YAML; trimStart would also take a no-break space.
    const indent = raw.length - raw.replace(/^ +/, '').length;
    lines.push({ indent, text: raw.slice(indent) });
  }
  if (lines.length === 0 || lines[0]!.indent !== 0) return undefined;
  try {
    const cursor = { at: 0 };
    const value = parseMap(lines, cursor, 0);
    return cursor.at === lines.length ? { value } : undefined;
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}

interface Line {
  indent: number;
  text: string;
}

/** Thrown inside the parser to give up on the subset; never leaves this module. */
const BAIL = Symbol('not simple YAML');
const bail = (): never => {
  throw BAIL;
};

/** Tabs, carriage returns and other control characters, a BOM, Unicode line breaks, or document markers: leave them to `yaml`. */
function unusual(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x0a) || code === 0x7f || code === 0x85 || code === 0x2028 || code === 0x2029 || code === 0xfeff) return true;
  }
  return /^(?:---|\.\.\.|%)/m.test(text);
}

const BLANK_OR_COMMENT = /^ *(?:#.*)?$/;
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]{0,99}):(?: +(.*))?$/;
/** A plain scalar may not start with an indicator (YAML 1.2, 7.3.3), and the subset refuses a few more. */
const PLAIN_START = /^[^-?:,[\]{}#&*!|>'"%@`\s]/;
const DOUBLE_QUOTED = /^"([^"\\]*)"$/;
const SINGLE_QUOTED = /^'([^']*)'$/;
const FLOW_SEQUENCE = /^\[ *((?:[^,[\]{}#:'"\s][^,[\]{}#:'"]*?(?: *, *[^,[\]{}#:'"\s][^,[\]{}#:'"]*?)*)?) *\]$/;

function parseMap(lines: Line[], cursor: { at: number }, indent: number): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  while (cursor.at < lines.length) {
    const line = lines[cursor.at]!;
    if (line.indent < indent) break;
    if (line.indent > indent) bail();
    const match = KEY_LINE.exec(line.text) ?? bail();
    const key = match[1]!;
    if (key === '__proto__' || Object.hasOwn(map, key) || typeof resolvePlain(key) !== 'string') bail();
    const inline = (match[2] ?? '').replace(/ +$/, '');
    cursor.at += 1;
    if (inline !== '') {
      map[key] = scalar(inline, 'block');
      continue;
    }
    const next = lines[cursor.at];
    if (next && next.indent > indent) map[key] = parseNode(lines, cursor, next.indent);
    else if (next && next.indent === indent && next.text.startsWith('-')) bail();
    else map[key] = null;
  }
  return map;
}

function parseNode(lines: Line[], cursor: { at: number }, indent: number): unknown {
  return lines[cursor.at]!.text.startsWith('-') ? parseSequence(lines, cursor, indent) : parseMap(lines, cursor, indent);
}

function parseSequence(lines: Line[], cursor: { at: number }, indent: number): unknown[] {
  const sequence: unknown[] = [];
  while (cursor.at < lines.length) {
    const line = lines[cursor.at]!;
    if (line.indent < indent) break;
    if (line.indent > indent || !line.text.startsWith('- ')) bail();
    const content = line.text.slice(1).replace(/^ +/, '');
    const column = indent + line.text.length - content.length;
    if (content === '' || content.startsWith('-')) bail();
    if (KEY_LINE.test(content)) {
      // `- role: x` opens a mapping whose keys line up with `role`.
      lines[cursor.at] = { indent: column, text: content };
      sequence.push(parseMap(lines, cursor, column));
      continue;
    }
    sequence.push(scalar(content.replace(/ +$/, ''), 'block'));
    cursor.at += 1;
  }
  return sequence;
}

function scalar(text: string, context: 'block' | 'flow'): unknown {
  const quoted = DOUBLE_QUOTED.exec(text) ?? SINGLE_QUOTED.exec(text);
  if (quoted) return quoted[1];
  if (context === 'block' && text.startsWith('[')) {
    const flow = FLOW_SEQUENCE.exec(text) ?? bail();
    const items = flow[1]!;
    return items === '' ? [] : items.split(',').map((item) => scalar(item.replace(/^ +| +$/g, ''), 'flow'));
  }
  if (!PLAIN_START.test(text) || text.includes(': ') || text.includes(' #') || text.endsWith(':')) bail();
  return resolvePlain(text);
}

/** The core-schema tags of the `yaml` library, in the order it tries them on a plain scalar. */
type Resolve = (source: string, onError: (message: string) => void, options: unknown) => unknown;
const template = new Document();
const plainTags = template.schema.tags.flatMap((tag) =>
  tag.default === true && !tag.collection && tag.test && tag.resolve ? [{ test: tag.test, resolve: tag.resolve as Resolve }] : [],
);

function resolvePlain(text: string): unknown {
  const tag = plainTags.find((candidate) => candidate.test.test(text));
  if (!tag) return text;
  // null and booleans come back wrapped, as the library's composer takes them.
  const resolved = tag.resolve(text, bail, template.options);
  const value = isScalar(resolved) ? resolved.value : resolved;
  return typeof value === 'bigint' ? Number(value) : value;
}
