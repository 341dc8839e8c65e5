import { glob, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { RULES_DOCUMENT, RULES_DOCUMENT_URL } from './rule-docs.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const rulesFolder = fileURLToPath(new URL('./', import.meta.url));

/** A lint rule as unified-lint-rule makes it: called with its config, it gives the transform that runs it. */
type RulePlugin = ((config: unknown) => (tree: unknown, file: VFile, next: () => void) => void) & { name: string };

/** Every rule in src/lint/rules, whichever list runs it: each is the default export of its own file. */
async function everyRule(): Promise<Map<string, RulePlugin>> {
  const found = new Map<string, RulePlugin>();
  for await (const name of glob('*.ts', { cwd: rulesFolder, exclude: (path) => path.endsWith('.test.ts') })) {
    const rule = ((await import(`${rulesFolder}${name}`)) as { default?: unknown }).default;
    if (typeof rule === 'function' && rule.name.startsWith('handbook:')) found.set(rule.name.replace(/^handbook:/, ''), rule as RulePlugin);
  }
  return found;
}

/**
 * The rule ids the model and the runner report without a lint rule (a file that cannot be read, broken MDX, a
 * bad roles.yaml, a crashed rule): every `ruleId: '…'` written in src/model and src/lint outside the rules.
 */
async function messageIds(): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const path of glob(['src/model/**/*.ts', 'src/lint/*.ts'], { cwd: projectRoot, exclude: (path) => path.endsWith('.test.ts') })) {
    for (const [, id] of (await readFile(`${projectRoot}${path}`, 'utf8')).matchAll(/ruleId: '([a-z0-9-]+)'/g)) ids.add(id!);
  }
  return ids;
}

/** The rows of the rules document that document a rule: `| <a id="owner-exists"></a>`owner-exists` | …`. */
async function documentedRows(): Promise<Array<{ anchor: string; id: string }>> {
  const text = await readFile(`${projectRoot}${RULES_DOCUMENT}`, 'utf8');
  return [...text.matchAll(/^\| <a id="([^"]*)"><\/a>`([^`]*)` \|/gm)].map(([, anchor, id]) => ({ anchor: anchor!, id: id! }));
}

/**
 * The `url` a rule puts on its messages. The rule runs on a tree, a file and options that throw as soon as they
 * are read, so every rule reports without needing its own bad case: unified-lint-rule turns the crash into a
 * message of that rule, with the rule's url, as it does every message the rule writes.
 */
function urlOf(rule: RulePlugin): string | null | undefined {
  const poison = new Proxy(
    {},
    {
      get() {
        throw new Error('read');
      },
    },
  );
  const file = new VFile({ path: 'content/codes/TKT-001.mdx', value: '' });
  Object.defineProperty(file, 'data', { get: () => poison });
  rule(['error', poison])(poison, file, () => {});
  return file.messages.length === 0 ? 'the rule reported nothing' : file.messages[0]!.url;
}

describe(`the rules and ${RULES_DOCUMENT}`, async () => {
  const rules = await everyRule();
  const ids = new Set([...rules.keys(), ...(await messageIds())]);
  const rows = await documentedRows();
  const documented = new Set(rows.map(({ id }) => id));

  it('finds the lint rules and the ids the model reports', () => {
    expect(rules.size).toBeGreaterThanOrEqual(27);
    expect([...rules.keys()]).toEqual(expect.arrayContaining(['owner-exists', 'codeowners-current', 'version-raised', 'translation-outdated']));
    expect([...ids]).toEqual(expect.arrayContaining(['file-readable', 'mdx-syntax', 'directory-file', 'handbook-file', 'internal']));
  });

  it('documents every rule id', () => {
    expect([...ids].filter((id) => !documented.has(id))).toEqual([]);
  });

  it('documents no rule that does not exist', () => {
    expect([...documented].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('gives each documented rule one anchor, named as the rule', () => {
    expect(rows.filter(({ anchor, id }) => anchor !== id)).toEqual([]);
    expect(rows.length).toBe(documented.size);
  });

  it('has each lint rule link its own row of the document', () => {
    expect(RULES_DOCUMENT_URL.endsWith(`/${RULES_DOCUMENT}`)).toBe(true);
    const wrong = [...rules].map(([id, rule]) => ({ id, url: urlOf(rule) })).filter(({ id, url }) => url !== `${RULES_DOCUMENT_URL}#${id}`);
    expect(wrong).toEqual([]);
  });
});
