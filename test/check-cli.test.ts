import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, GOOD_REPO, removeRepos } from './fixture-repo.ts';
import { runScript, STACK_FRAME } from './run-script.ts';

afterAll(removeRepos);

const check = (...args: string[]) => runScript('check', args);

describe('scripts/check.ts', () => {
  it('exits 0 on the good repo with a one-line summary', async () => {
    const run = await check('--cwd', await createRepo());
    expect(run).toEqual({ code: 0, stdout: '✔ 9 files checked, no problems\n', stderr: '' });
  });

  it('exits 1 naming each file and line when one code lost its owner, one its steps and one names an unknown role', async () => {
    const run = await check('--cwd', await createRepo('done-when'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('content/codes/TKT-001.mdx:2:1  error  Missing `owner`  frontmatter-schema');
    expect(run.stdout).toMatch(/^content\/codes\/TKT-002\.mdx:17:1 {2}error {2}Missing `## Steps` section.* {2}steps-present$/m);
    expect(run.stdout).toMatch(/^content\/codes\/CLK-001\.mdx:12:11 {2}error {2}Unexpected escalation role `duty-director`.* {2}escalation-roles$/m);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 3 errors, 0 warnings in 9 files checked');
    expect(run.stderr).toBe('');
  });

  it('exits 0 when the only finding is a warning', async () => {
    const refunds = await readFile(join(GOOD_REPO, 'content/standards/refunds.mdx'), 'utf8');
    const dueSoon = refunds.replace('review_by: 2030-02-01', 'review_by: 2026-12-05');
    const repo = await createRepo(undefined, { 'content/standards/refunds.mdx': dueSoon });
    const run = await check('--cwd', repo, '--today', '2026-11-25');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^content\/standards\/refunds\.mdx:8:12 {2}warning {2}Review due in 10 day\(s\).* {2}review-due-soon$/m);
  });

  it('warns of an outdated translation, and refuses it with --strict', async () => {
    const cwd = await createRepo('translation-outdated');
    const outdated = (severity: string) =>
      `content/uk/standards/refunds.mdx:4:17  ${severity}  This translation is of version 2; the original is at version 3: update it and set source_version: 3  translation-outdated`;
    const lenient = await check('--cwd', cwd);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout.split('\n')).toContain(outdated('warning'));
    const strict = await check('--cwd', cwd, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stdout.split('\n')).toContain(outdated('error'));
    expect(strict.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 error, 0 warnings in 9 files checked');
  });

  it.each([
    ['mdx-syntax', /^content\/codes\/TKT-003\.mdx:24:1 {2}error {2}Broken MDX/m],
    ['empty-file', /^content\/codes\/TKT-003\.mdx:1:1 {2}error {2}Unexpected empty file/m],
    ['frontmatter-yaml-broken', /^content\/codes\/TKT-003\.mdx:8:1 {2}error {2}Broken YAML/m],
    ['roles-missing', /^content\/roles\.yaml:1:1 {2}error {2}Missing `content\/roles\.yaml`/m],
    ['roles-broken', /^content\/roles\.yaml:8:11 {2}error {2}Broken YAML/m],
    ['handbook-missing', /^content\/handbook\.yaml:1:1 {2}error {2}Missing `content\/handbook\.yaml`/m],
  ])('reports %s with file:line:col, exit 1 and no stack trace', async (overlay, line) => {
    const run = await check('--cwd', await createRepo(overlay));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(line);
    expect(run.stdout).not.toMatch(STACK_FRAME);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('reports non-UTF-8 bytes without a stack trace', async () => {
    const text = (await readFile(join(GOOD_REPO, 'content/standards/refunds.mdx'), 'utf8')).replace('Refunds', 'Refunds Ð');
    // The byte 0xD0 (Latin-1 "Ð", Windows-1251 "Р") starts a two-byte UTF-8 sequence, and a newline follows it.
    const cwd = await createRepo(undefined, { 'content/standards/refunds.mdx': Buffer.from(text, 'latin1') });
    const run = await check('--cwd', cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^content\/standards\/refunds\.mdx:2:16 {2}error {2}Unexpected bytes that are not UTF-8/m);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('writes GitHub annotations with --format github', async () => {
    const run = await check('--format', 'github', '--cwd', await createRepo('owner-exists'));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error file=content\/codes\/TKT-003\.mdx,line=7,col=8,endLine=7,endColumn=20,title=handbook\/owner-exists::Unexpected owner role `night-porter`/,
    );
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('writes parseable JSON with --format json', async () => {
    const run = await check('--format', 'json', '--cwd', await createRepo('owner-exists'));
    expect(run.code).toBe(1);
    const files = JSON.parse(run.stdout) as Array<{ path: string; messages: Array<{ line: number; column: number; ruleId: string }> }>;
    const tkt003 = files.find((file) => file.path === 'content/codes/TKT-003.mdx');
    expect(tkt003?.messages.map(({ line, column, ruleId }) => ({ line, column, ruleId }))).toEqual([{ line: 7, column: 8, ruleId: 'owner-exists' }]);
  });

  it('exits 2 on an unknown --format, saying which formats exist', async () => {
    const run = await check('--format', 'xml', '--cwd', await createRepo());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Unknown --format xml; expected one of stylish, json, github');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('keeps findings in .handbook/check-cache/ and reports them again from there; --no-cache neither reads nor writes it', async () => {
    const cwd = await createRepo('owner-exists');
    const finding = 'content/codes/TKT-003.mdx:7:8  error  Unexpected owner role `night-porter`';
    const uncached = await check('--cwd', cwd, '--no-cache');
    expect(uncached.stdout).toContain(finding);
    await expect(readdir(join(cwd, '.handbook/check-cache'))).rejects.toThrow();
    const cold = await check('--cwd', cwd);
    expect(await readdir(join(cwd, '.handbook/check-cache'))).not.toEqual([]);
    const warm = await check('--cwd', cwd);
    expect(warm).toEqual(cold);
    expect(warm).toEqual(uncached);
  });

  it('takes --workers N (worker threads start only for many files) and reports the same', async () => {
    const cwd = await createRepo('done-when');
    const onThisThread = await check('--cwd', cwd, '--no-cache', '--workers', '0');
    expect(onThisThread.code).toBe(1);
    expect(await check('--cwd', cwd, '--no-cache', '--workers', '2')).toEqual(onThisThread);
  });

  it.each([
    [['--colour'], "Unknown option '--colour'"],
    [['--today', '2026-02-30'], 'Unexpected --today 2026-02-30'],
    [['--workers', 'many'], 'Unexpected --workers many'],
  ])('exits 2 with usage and no stack trace on bad arguments %j', async (args, reason) => {
    const run = await check(...args, '--cwd', await createRepo());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(reason);
    expect(run.stderr).toContain('Usage: npm run check');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});
