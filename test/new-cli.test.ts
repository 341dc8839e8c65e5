import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRepository } from '../src/lint/index.ts';
import { STEP_PLACEHOLDER, SUMMARY_PLACEHOLDER } from '../src/tools/scaffold/index.ts';
import { createRepo, findingsOf, locate, removeRepos, TODAY } from './fixture-repo.ts';
import { runScript, STACK_FRAME } from './run-script.ts';

afterAll(removeRepos);

const newCode = (cwd: string, ...extra: string[]) =>
  runScript('new', [
    '--cwd',
    cwd,
    '--today',
    '2026-11-25',
    '--kind',
    'code',
    '--category',
    'tickets',
    '--title',
    'Seat double-booked',
    '--owner',
    'shift-manager',
    ...extra,
  ]);

describe('npm run new', () => {
  it('writes the next free code, which the checker refuses at each ⟦write: …⟧ marker until it is filled', async () => {
    const cwd = await createRepo();
    await mkdir(join(cwd, '.github'));
    const run = await newCode(cwd);
    expect(run).toEqual({
      code: 0,
      stdout: [
        'Wrote content/codes/TKT-003.mdx (TKT-003).',
        'Updated .github/CODEOWNERS so its owner approves changes to it.',
        'Next: replace each ⟦write: …⟧ (the summary and the steps) with your own text, then run npm run check.',
        '',
      ].join('\n'),
      stderr: '',
    });

    const path = 'content/codes/TKT-003.mdx';
    const findings = async () => findingsOf(await checkRepository({ cwd, today: TODAY }));
    const check = async () => (await findings()).map(locate);
    const text = await readFile(join(cwd, path), 'utf8');
    expect(text).not.toContain('TODO');
    expect(text.split('\n')[3]).toBe(`summary: "${SUMMARY_PLACEHOLDER}"`);
    expect(text.split('\n')[17]).toBe(`1. ${STEP_PLACEHOLDER}`);
    // Each marker fails the check where it starts: the summary's value, and the step after its number.
    const scaffolded = await findings();
    expect(scaffolded.map(locate)).toEqual([`${path}:4:10 placeholder-text error`, `${path}:18:4 placeholder-text error`]);
    expect(scaffolded.map((finding) => finding.reason)).toEqual([
      'Unexpected placeholder in `summary`, expected your own text: replace `⟦write: …⟧` with what it asks for',
      'Unexpected placeholder `⟦write: …⟧`, expected your own text: write what it asks for, or remove it',
    ]);

    // Deleting the step's text without writing one leaves an empty step, which still fails.
    await writeFile(
      join(cwd, path),
      text.replace(`"${SUMMARY_PLACEHOLDER}"`, 'Two guests hold tickets for the same seat.').replace(` ${STEP_PLACEHOLDER}`, ''),
    );
    expect(await check()).toEqual([`${path}:18:1 steps-present error`]);

    await writeFile(
      join(cwd, path),
      text
        .replace(`"${SUMMARY_PLACEHOLDER}"`, 'Two guests hold tickets for the same seat.')
        .replace(STEP_PLACEHOLDER, '**Usher:** Check both tickets and call the code.'),
    );
    expect(await check()).toEqual([]);
  });

  it('counts on from the highest code, and writes a standard named after its title', async () => {
    const cwd = await createRepo();
    expect((await newCode(cwd, '--summary', 'Two guests, one seat.')).stdout).toMatch(
      /^Wrote content\/codes\/TKT-003.mdx \(TKT-003\)\.\nNext: replace each ⟦write: …⟧ \(the steps\)/,
    );
    expect((await newCode(cwd)).stdout).toMatch(/^Wrote content\/codes\/TKT-004.mdx/);
    const standard = await runScript('new', [
      '--cwd',
      cwd,
      '--kind',
      'standard',
      '--category',
      'cloakroom',
      '--title',
      'Coat check at night',
      '--owner',
      'usher',
    ]);
    expect(standard.stdout).toMatch(/^Wrote content\/standards\/coat-check-at-night.mdx \(coat-check-at-night\)\./);
    expect(await readFile(join(cwd, 'content/standards/coat-check-at-night.mdx'), 'utf8')).toContain(
      '## Rules\n\n1. ⟦write: the first rule of this standard⟧\n',
    );
    const standardFindings = findingsOf(await checkRepository({ cwd, today: TODAY })).filter((finding) => finding.path.startsWith('content/standards/coat'));
    expect(standardFindings.map(locate)).toEqual([
      'content/standards/coat-check-at-night.mdx:3:10 placeholder-text error',
      'content/standards/coat-check-at-night.mdx:14:4 placeholder-text error',
    ]);
  });

  it.each([
    [['--category', 'popcorn'], 'Unknown --category popcorn; expected one of tickets, cloakroom (from content/categories.yaml)'],
    [
      ['--owner', 'night-porter'],
      'Unknown --owner night-porter; expected a role from content/roles.yaml: usher, shift-manager, cinema-manager, guest-relations',
    ],
    [
      ['--escalate', 'head-usher'],
      'Unknown --escalate head-usher; expected a role from content/roles.yaml: usher, shift-manager, cinema-manager, guest-relations',
    ],
    [['--kind', 'policy'], 'Unknown --kind policy; expected code or standard'],
    [['--today', '2026-02-30'], 'Unexpected --today 2026-02-30, expected a date such as 2026-11-25'],
    [['--colour'], "Unknown option '--colour'"],
  ])('refuses %j in one line with exit 2, writing nothing', async (args, reason) => {
    const cwd = await createRepo();
    const run = await runScript('new', ['--cwd', cwd, '--kind', 'code', '--category', 'tickets', '--title', 'X', '--owner', 'usher', ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(reason);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(findingsOf(await checkRepository({ cwd, today: TODAY }))).toEqual([]);
  });

  it('refuses, rather than waits, when flags are missing and there is no terminal to ask in', async () => {
    const run = await runScript('new', ['--cwd', await createRepo(), '--kind', 'code']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('Missing --category, --title, --owner (there is no terminal to ask in)');
  });

  it('says which file to fix when roles.yaml cannot be read', async () => {
    const run = await newCode(await createRepo('roles-broken'));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('content/roles.yaml:1:1  error  Cannot read content/roles.yaml; run npm run check and fix it first\n');
  });
});
