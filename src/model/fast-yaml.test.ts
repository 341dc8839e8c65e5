import { globSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fastYamlValue } from './fast-yaml.ts';
import { parseYamlSource } from './yaml-source.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The frontmatter of every document in the project's content and test fixtures, and every YAML file of them. */
function corpus(): string[] {
  const documents = globSync(['content/**/*.mdx', 'test/fixtures/**/*.mdx'], { cwd: ROOT }).map((path) => readFileSync(`${ROOT}${path}`, 'utf8'));
  const frontmatter = documents.flatMap((text) => /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? []);
  const yaml = globSync(['content/*.yaml', 'test/fixtures/**/*.yaml'], { cwd: ROOT }).map((path) => readFileSync(`${ROOT}${path}`, 'utf8'));
  return [...frontmatter, ...yaml];
}

/** Either the fast reader gives up, or it gives exactly the data the yaml library gives, and the library sees no problem. */
function agreesWithYaml(text: string): 'fast' | 'gave up' {
  const fast = fastYamlValue(text);
  if (!fast) return 'gave up';
  const exact = parseYamlSource(text);
  expect({ text, problems: exact.problems.map(({ reason }) => reason) }).toEqual({ text, problems: [] });
  expect({ text, value: fast.value }).toEqual({ text, value: exact.value });
  return 'fast';
}

describe('fastYamlValue', () => {
  it('reads nearly all real frontmatter, exactly as the yaml library does', () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(200);
    const outcomes = texts.map(agreesWithYaml);
    expect(outcomes.filter((outcome) => outcome === 'fast').length / texts.length).toBeGreaterThan(0.9);
  });

  it.each([
    ['version: 2\nrelated: [TKT-002, CLK-001]\ntags: []', { version: 2, related: ['TKT-002', 'CLK-001'], tags: [] }],
    [
      'escalation:\n  - role: shift-manager\n    after: 10 min\n  - role: usher',
      { escalation: [{ role: 'shift-manager', after: '10 min' }, { role: 'usher' }] },
    ],
    [
      'a: ~\nb: null\nc: true\nd: 0x1F\ne: 1.50\nf: .inf\ng: 2026-01-10\nh: +44 20 7946',
      { a: null, b: null, c: true, d: 31, e: 1.5, f: Infinity, g: '2026-01-10', h: '+44 20 7946' },
    ],
    ['contact: "+44 20 7946 0111"\ngithub: \'@acme/shift\'\nempty:', { contact: '+44 20 7946 0111', github: '@acme/shift', empty: null }],
    ['# a comment\ntitle: Refunds (cash, card) — 3 days’ grace\n\nsummary: a#b', { title: 'Refunds (cash, card) — 3 days’ grace', summary: 'a#b' }],
  ])('reads %j', (text, value) => {
    expect(fastYamlValue(text)?.value).toEqual(value);
    expect(parseYamlSource(text).value).toEqual(value);
  });

  it.each([
    ['a comment after a value', 'title: Refunds # not part of it'],
    ['a value that goes on on the next line', 'summary: one\n  two'],
    ['a duplicate key', 'code: A\ncode: B'],
    ['a colon and space inside a plain value', 'title: Refunds: cash'],
    ['a tab', 'title:\tRefunds'],
    ['a block scalar', 'summary: |\n  text'],
    ['an anchor', 'a: &x 1\nb: *x'],
    ['a tag', 'version: !!str 2'],
    ['a sequence as long as its key', 'tags:\n- a\n- b'],
    ['an escape in double quotes', 'title: "a\\tb"'],
    ['a flow mapping', 'a: {b: 1}'],
    ['a sequence at the top', '- a\n- b'],
    ['a key that YAML reads as true', 'true: 1'],
    ['a flow sequence over two lines', 'related: [A,\n  B]'],
    ['a value starting with a reserved character', 'github: @acme'],
    ['a document marker', 'a: 1\n---\nb: 2'],
    ['odd indentation', 'escalation:\n  - role: a\n   after: 1'],
    ['a key with the value of a sibling below it', 'a:\n  b: 1\n c: 2'],
    ['only a comment', '# nothing'],
  ])('gives up on %s', (_, text) => {
    expect(fastYamlValue(text)).toBeUndefined();
  });

  it('never reads mutated frontmatter differently from the yaml library', () => {
    // Seeded, so a failure repeats: insert, delete or overwrite YAML's special characters anywhere.
    const pieces = [
      ' ',
      '  ',
      '-',
      '- ',
      ':',
      ': ',
      '#',
      ' #',
      '"',
      "'",
      '[',
      ']',
      ',',
      '{',
      '}',
      '~',
      'null',
      'true',
      '1',
      '0x1F',
      '1e3',
      '.inf',
      '&a',
      '*a',
      '!',
      '|',
      '>',
      '?',
      '%',
      '@',
      '`',
      '\u00a0',
      '\n',
      '\n  ',
      '\n- ',
      '1.0',
      '+1',
      '-1',
      '007',
      '0o7',
      'a:b',
      '__proto__',
      'key: v',
    ];
    const texts = corpus().slice(0, 200);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    let fast = 0;
    for (let round = 0; round < 20_000; round += 1) {
      let text = pick(texts);
      for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits -= 1) {
        const at = Math.floor(random() * text.length);
        const kind = random();
        const piece = pick(pieces);
        text =
          kind < 0.4
            ? text.slice(0, at) + piece + text.slice(at)
            : kind < 0.7
              ? text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3))
              : text.slice(0, at) + piece + text.slice(at + piece.length);
      }
      if (agreesWithYaml(text) === 'fast') fast += 1;
    }
    // The mutations must leave plenty the fast reader takes, or this proves nothing.
    expect(fast).toBeGreaterThan(5_000);
  });
});
