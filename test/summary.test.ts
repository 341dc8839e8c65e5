import { afterAll, describe, expect, it } from 'vitest';
import { collectSummary, renderSummary } from '../src/tools/summary/index.ts';
import { TKT_001_PATH, TKT_001_V3 } from './change-fixtures.ts';
import { removeRepos } from './fixture-repo.ts';
import { createGitRepo, type GitRepo } from './git-repo.ts';
import { runScript, STACK_FRAME } from './run-script.ts';

afterAll(removeRepos);

const CLK = 'content/codes/CLK-001.mdx';
const T2 = 'content/codes/TKT-002.mdx';

const NEW_CODE = `---
code: TKT-003
title: Booked for the wrong <cinema>
summary: The guest booked a show at another cinema of the chain by mistake.
category: tickets
severity: medium
owner: usher
version: 1
effective: 2026-12-01
review_by: 2027-12-01
change_note: First version.
escalation:
  - role: shift-manager
    when: the show at the other cinema has started
---

## Steps

1. **Usher:** Check the cinema name on the booking with the guest.
2. Exchange the tickets for the same film here, free of charge. <Say>Let's find you a seat here.</Say>
`;

/** One proposal that touches every part of the summary, committed on a branch off main. */
async function proposal(): Promise<GitRepo> {
  const repo = await createGitRepo();
  repo.git('switch', '--quiet', '-c', 'proposal');
  await repo.write(TKT_001_PATH, TKT_001_V3);
  await repo.edit(CLK, 'version: 1', 'version: 2\nchange_note: Tokens are replaced by TKT-001 wristbands.\nstatus: retired\nreplaced_by: TKT-001');
  await repo.write('content/codes/TKT-003.mdx', NEW_CODE);
  await repo.remove(T2);
  await repo.edit('content/roles.yaml', 'holder: Ana Silva', 'holder: Olena Kravets');
  await repo.edit('content/roles.yaml', /guest-relations:[\s\S]*$/, 'cashier:\n  title: Cashier\n  holder: Halyna Moroz\n  contact: "+44 20 7946 0112"\n');
  repo.commit('Proposal');
  // An uncommitted edit counts too: the summary describes the working tree.
  await repo.edit('content/standards/refunds.mdx', 'title: Refunds', 'title: "Refunds"');
  return repo;
}

const EXPECTED = `**Handbook changes compared with \`main\`:** 1 added, 1 changed, 1 retired, 1 deleted or renamed, roles changed.

## Added (1)

### TKT-003 · Booked for the wrong &lt;cinema&gt;: new, version 1

The guest booked a show at another cinema of the chain by mistake.

- **Owner:** \`usher\`
- **Category:** \`tickets\`
- **Severity:** \`medium\`
- **Effective:** 2026-12-01

**Steps**

1. Usher: Check the cinema name on the booking with the guest.
2. Exchange the tickets for the same film here, free of charge. “Let's find you a seat here.”

**Escalation**

1. \`shift-manager\`, when the show at the other cinema has started

## Changed (1)

### TKT-001 · E-ticket rejected at the hall door: version 2 → 3

> Refunds are now promised within 2 business days.

- **Owner:** \`shift-manager\` → \`cinema-manager\`
- **Effective:** 2026-03-01 → 2026-12-01

**Steps**

- Step 2 added: <ins>Cashier: Check the booking reference.</ins>
- Step 4 (now 5) changed: Promise the refund within <del>3</del><ins>2</ins> business days.

**Escalation**

- \`guest-relations\`: after 1 d → 2 h

## Retired (1)

### CLK-001 · Cloakroom token lost: retired in version 2

Staff use \`TKT-001\` instead.

> Tokens are replaced by TKT-001 wristbands.

## Deleted or renamed: the check refuses these

- Code \`TKT-002\` deleted (\`content/codes/TKT-002.mdx\`): retire it instead, so citations keep working.

## Roles

- Added \`cashier\`: Cashier, held by Halyna Moroz
- Removed \`guest-relations\` (Guest relations)
- \`shift-manager\` (Shift manager): holder Ana Silva → Olena Kravets

## Only formatting changed

- refunds (\`content/standards/refunds.mdx\`)
`;

describe('npm run summary against a temporary git repository', () => {
  it('summarises added, changed, retired and deleted documents and role changes, exactly', async () => {
    const repo = await proposal();
    expect(renderSummary(await collectSummary(repo.root, 'main'))).toBe(EXPECTED);
  });

  it('prints the same bytes on every run from the script', async () => {
    const repo = await proposal();
    const first = await runScript('summary', ['--base', 'main', '--cwd', repo.root]);
    const second = await runScript('summary', ['--base', 'main', '--cwd', repo.root]);
    expect(first).toEqual({ code: 0, stdout: EXPECTED, stderr: '' });
    expect(second.stdout).toBe(first.stdout);
  });

  it('reports a rename as a rename, and the new file as added', async () => {
    const repo = await createGitRepo();
    repo.git('mv', T2, 'content/codes/TKT-009.mdx');
    await repo.edit('content/codes/TKT-009.mdx', 'code: TKT-002', 'code: TKT-009');
    const summary = await collectSummary(repo.root, 'main');
    expect(summary.removed).toEqual([{ kind: 'code', id: 'TKT-002', path: T2, renamedTo: 'TKT-009' }]);
    expect(summary.added.map(({ id }) => id)).toEqual(['TKT-009']);
    expect(renderSummary(summary)).toContain('- Code `TKT-002` renamed to `TKT-009`: ids are permanent;');
  });

  it('lists a file it cannot read instead of guessing, and says when nothing changed', async () => {
    const repo = await createGitRepo();
    expect(renderSummary(await collectSummary(repo.root, 'main'))).toBe('**Handbook changes compared with `main`:** no codes, standards or roles change.\n');
    await repo.edit(TKT_001_PATH, 'version: 2', 'version: two');
    expect(renderSummary(await collectSummary(repo.root, 'main'))).toContain(
      '## Cannot be summarised\n\n- `content/codes/TKT-001.mdx` (in this change): its frontmatter does not match the content model; run `npm run check`.',
    );
  });

  it.each([
    [[], /^Missing --base/],
    [['--base', 'origin/nowhere'], /^Unknown base ref origin\/nowhere/],
  ])('exits 2 with a clear message and no stack trace for %j', async (args, message) => {
    const repo = await createGitRepo();
    const run = await runScript('summary', [...args, '--cwd', repo.root]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Usage: npm run summary');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});
