import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRepository } from '../src/lint/index.ts';
import { createRepo, findingsOf, locate, removeRepos, TODAY } from './fixture-repo.ts';
import { runScript, STACK_FRAME } from './run-script.ts';

afterAll(removeRepos);

const CODEOWNERS = '.github/CODEOWNERS';
const T2 = 'content/codes/TKT-002.mdx';

/** The good fixture repo (with `overlay`) hosted on GitHub: a .github folder and a CODEOWNERS written by the script. */
async function githubRepo(overlay?: string): Promise<string> {
  const cwd = await createRepo(overlay);
  await mkdir(join(cwd, '.github'));
  const run = await runScript('codeowners', ['--cwd', cwd]);
  expect(run).toMatchObject({ code: 0, stdout: `Wrote ${CODEOWNERS} (4 documents). Commit it with your change.\n`, stderr: '' });
  return cwd;
}

const check = async (cwd: string) => findingsOf(await checkRepository({ cwd, today: TODAY }));

describe('npm run codeowners and the staleness check', () => {
  it('writes a file the checker accepts, and a second run changes nothing', async () => {
    const cwd = await githubRepo();
    const text = await readFile(join(cwd, CODEOWNERS), 'utf8');
    expect(text).toContain('/content/codes/TKT-001.mdx @ana-silva\n');
    // TKT-002 is owned by the usher, who has no GitHub handle in the fixture.
    expect(text).toContain(`/${T2} @aurora-cinemas/handbook-maintainers\n`);
    expect(await check(cwd)).toEqual([]);
    expect((await runScript('codeowners', ['--cwd', cwd])).stdout).toBe(`${CODEOWNERS} is up to date (4 documents).\n`);
  });

  it('writes a team with or without its @, an e-mail address and the fallback from handbook.yaml as CODEOWNERS takes them', async () => {
    const cwd = await githubRepo('roles-team-owners');
    const text = await readFile(join(cwd, CODEOWNERS), 'utf8');
    expect(text.split('\n').filter((line) => line !== '' && !line.startsWith('#'))).toEqual([
      // `codeowners_fallback: acme/handbook-maintainers` in handbook.yaml, written without its @.
      '* @acme/handbook-maintainers',
      '/content/categories.yaml @acme/handbook-maintainers',
      '/content/roles.yaml @acme/handbook-maintainers',
      '/content/codes/CLK-001.mdx ushers@aurora.example',
      '/content/codes/TKT-001.mdx @acme/shift-managers',
      '/content/codes/TKT-002.mdx ushers@aurora.example',
      '/content/standards/refunds.mdx @acme/cinema-managers',
    ]);
    expect(text).not.toContain('fall back');
    expect(await check(cwd)).toEqual([]);
  });

  it('follows `codeowners_fallback` in handbook.yaml: changing it makes CODEOWNERS out of date until it is written again', async () => {
    const cwd = await githubRepo();
    const settings = join(cwd, 'content/handbook.yaml');
    await writeFile(settings, (await readFile(settings, 'utf8')).replace(/^codeowners_fallback: .*$/m, 'codeowners_fallback: maintainers@acme.example'));
    const findings = await check(cwd);
    // Line 5 is the first to differ: the comment naming the fallback of the roles without an owner.
    expect(findings.map(locate)).toEqual([`${CODEOWNERS}:5:1 codeowners-current error`]);
    await runScript('codeowners', ['--cwd', cwd]);
    const text = await readFile(join(cwd, CODEOWNERS), 'utf8');
    expect(text).toContain('\n* maintainers@acme.example\n');
    expect(text).toContain(`/${T2} maintainers@acme.example\n`);
    expect(await check(cwd)).toEqual([]);
  });

  it('refuses a bad `codeowners_fallback` with its place, in the check and in npm run codeowners, without a stack trace', async () => {
    const cwd = await createRepo('handbook-codeowners-fallback');
    await mkdir(join(cwd, '.github'));
    // The bad setting is reported once, on its value; CODEOWNERS, whose fallback is unknown, is not piled on.
    expect((await check(cwd)).map(locate)).toEqual(['content/handbook.yaml:8:22 handbook-file error']);
    const run = await runScript('codeowners', ['--cwd', cwd]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^content\/handbook\.yaml:8:22 {2}error {2}Unexpected `codeowners_fallback`: Expected a GitHub login such as olena-k/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('fails the check on the CODEOWNERS line that no longer matches when an owner changes', async () => {
    const cwd = await githubRepo();
    const code = await readFile(join(cwd, T2), 'utf8');
    await writeFile(join(cwd, T2), code.replace('owner: usher', 'owner: shift-manager'));
    const findings = await check(cwd);
    // Line 17 of the generated file is TKT-002's: five header lines, then the catch-all and directory blocks.
    expect(findings.map(locate)).toEqual([`${CODEOWNERS}:17:1 codeowners-current error`]);
    expect(findings[0]?.reason).toBe(
      'Unexpected `/content/codes/TKT-002.mdx @aurora-cinemas/handbook-maintainers`, expected `/content/codes/TKT-002.mdx @ana-silva`: CODEOWNERS is out of date with content/; run `npm run codeowners` and commit the file',
    );
    await runScript('codeowners', ['--cwd', cwd]);
    expect(await check(cwd)).toEqual([]);
  });

  it('fails the check when a document is added and CODEOWNERS does not name it', async () => {
    const cwd = await githubRepo();
    const refunds = await readFile(join(cwd, 'content/standards/refunds.mdx'), 'utf8');
    await writeFile(join(cwd, 'content/standards/vouchers.mdx'), refunds.replace('title: Refunds', 'title: Vouchers'));
    const findings = await check(cwd);
    // The missing line belongs after the last one, 18, which is where the message points.
    expect(findings.map(locate)).toEqual([`${CODEOWNERS}:18:1 codeowners-current error`]);
    expect(findings[0]?.reason).toMatch(/^Missing `\/content\/standards\/vouchers.mdx @aurora-cinemas\/handbook-maintainers` at the end/);
  });

  it('fails the check on a hand-edited line and on a missing file, with the fix', async () => {
    const cwd = await githubRepo();
    await writeFile(join(cwd, CODEOWNERS), `${await readFile(join(cwd, CODEOWNERS), 'utf8')}/content/extra.mdx @someone\n`);
    const edited = await check(cwd);
    expect(edited.map(locate)).toEqual([`${CODEOWNERS}:19:1 codeowners-current error`]);
    expect(edited[0]?.reason).toMatch(/^Unexpected `\/content\/extra.mdx @someone`, expected the end of the file: .*npm run codeowners/);
    await rm(join(cwd, CODEOWNERS));
    const missing = await check(cwd);
    expect(missing.map(locate)).toEqual([`${CODEOWNERS}:1:1 codeowners-current error`]);
    expect(missing[0]?.reason).toBe('Missing owners in `.github/CODEOWNERS`: run `npm run codeowners` and commit the file');
  });

  it('does not ask for CODEOWNERS in a repository that is not hosted on GitHub, nor pile on a broken roles.yaml', async () => {
    expect((await checkRepository({ cwd: await createRepo(), today: TODAY })).map((file) => file.path)).not.toContain(CODEOWNERS);
    const cwd = await createRepo('roles-broken');
    await mkdir(join(cwd, '.github'));
    expect((await check(cwd)).map(locate)).toEqual(['content/roles.yaml:8:11 directory-file error']);
  });

  it('refuses to write from a broken roles.yaml, and bad arguments, without a stack trace', async () => {
    const broken = await runScript('codeowners', ['--cwd', await createRepo('roles-broken')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^content\/roles\.yaml:1:1 {2}error {2}Cannot read the roles/);
    const unknown = await runScript('codeowners', ['--colour']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--colour'");
    expect(unknown.stderr + broken.stderr).not.toMatch(STACK_FRAME);
  });
});
