import { globSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { fastParse, loadFastParser } from './fast-parse.ts';
import { parseDocument } from './parse-document.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FRONTMATTER = '---\ncode: TKT-001\n---\n\n';

beforeAll(async () => {
  expect(await loadFastParser()).toBe(true);
});

/** The tree micromark gives, or undefined when MDX cannot parse the text (parseDocument then reports mdx-syntax). */
function exactTree(text: string): unknown {
  const file = new VFile({ path: 'content/codes/TKT-001.mdx', value: text });
  const tree = parseDocument(file);
  return file.data.bodyParsed ? JSON.parse(JSON.stringify(tree)) : undefined;
}

/** The fast tree when the fast parser takes the text; it must then be micromark's, node for node and position for position. */
function agrees(text: string): 'fast' | 'exact' {
  const fast = fastParse(text);
  if (!fast) return 'exact';
  expect({ text, tree: JSON.parse(JSON.stringify(fast)) }).toEqual({ text, tree: exactTree(text) });
  return 'fast';
}

describe('fastParse', () => {
  it('gives micromark’s tree for every document of the project and its fixtures, or gives up', () => {
    const paths = globSync(['content/**/*.mdx', 'test/fixtures/**/*.mdx'], { cwd: ROOT });
    expect(paths.length).toBeGreaterThan(200);
    const outcomes = paths.map((path) => agrees(readFileSync(`${ROOT}${path}`, 'utf8')));
    expect(outcomes.filter((outcome) => outcome === 'fast').length / paths.length).toBeGreaterThan(0.8);
  });

  it.each([
    ['a tag alone on a line, which satteri lifts out of its paragraph', '<Say>I am sorry.</Say>'],
    ['such a tag with spaces after it', '<Say>x</Say>   \n\nmore'],
    ['such a tag at the end of the file with a tab after it', '<Say>x</Say>\t'],
    ['such a tag in a list item', '1. <Say>this</Say>\n2. next'],
    ['such a tag holding bold text and a link', '<Say>**Sorry**, see [TKT-002](/codes/TKT-002/)</Say>'],
    ['a tag inside a sentence', 'Say <Say>this</Say> at once.'],
    ['a flow element around paragraphs', '<Warning>\n\nMind the step.\n\n</Warning>'],
    ['a less-than sign that is not a tag', 'Under 5 years: a < b'],
    ['CRLF line endings', '## Steps\r\n\r\n1. a\r\n2. b\r\n'],
    ['what GFM would read as a table and a strikethrough', '| a | b |\n| - | - |\n\n~~gone~~ https://example.com'],
    ['an HTML comment, which MDX refuses', '<!-- note -->'],
    ['an unclosed tag', '<Say>hello'],
  ])('agrees with micromark on %s', (_, body) => {
    agrees(FRONTMATTER + body);
    agrees(`${FRONTMATTER}${body}\n`);
  });

  it.each([
    ['two tags lifted out of one paragraph', '<Say>a</Say> <Say>b</Say>'],
    ['an expression', 'a {b} c'],
    ['import and export', 'import x from "y"'],
    ['a tag with attributes', '<Note title="x">\n\nbody\n\n</Note>'],
    ['a NUL character', 'a\u0000b'],
  ])('leaves %s to micromark', (_, body) => {
    expect(fastParse(FRONTMATTER + body)).toBeUndefined();
  });

  it('leaves frontmatter closed with `...` (which remark-frontmatter does not close on) and TOML to micromark', () => {
    expect(fastParse('---\ncode: a\n...\n\ntext\n')).toBeUndefined();
    expect(fastParse('+++\na = 1\n+++\n\ntext\n')).toBeUndefined();
  });

  it('gives up where micromark reports broken MDX', () => {
    for (const body of ['<Say>hello', '<Say>hello</Note>', '<!-- hi -->', '<1>', 'a <> b', '{', '<Say>', '</Say>']) {
      expect(exactTree(FRONTMATTER + body)).toBeUndefined();
      expect(fastParse(FRONTMATTER + body)).toBeUndefined();
    }
  });
});
