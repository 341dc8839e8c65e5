import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initGitRepo } from '../../../test/git-repo.ts';
import { readHistory } from './read-history.ts';
import { holdersIn, readRoleHolders } from './role-holders.ts';

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

const roles = (cinemaManager: string) => `cinema-manager:
  title: Cinema manager
  holder: ${cinemaManager}
  contact: "+44 20 7946 0101"
shift-manager:
  title: Shift manager
  holder: Olena Kravets
  venues:
    manchester: { holder: Tomasz Nowak, contact: "+44 161 496 0102" }
    leeds: { contact: "+44 113 496 0102" }
`;
const document = (version: number) => `---\ntitle: Lost e-tickets\nowner: cinema-manager\nversion: ${version}\n---\n\nBody.\n`;

describe('readRoleHolders', () => {
  it('reads who held each role from roles.yaml as it was when each commit reached the main line, and never fails on a broken or missing file', async () => {
    const root = await mkdtemp(join(tmpdir(), 'handbook-role-holders-'));
    folders.push(root);
    const repo = initGitRepo(root);
    // The handbook in a folder of a larger repository, as readHistory allows.
    const at = (path: string) => `handbook/${path}`;

    await repo.write(at('content/roles.yaml'), roles('Dmitri Volkov'));
    await repo.write(at('content/codes/TKT-001.mdx'), document(1));
    const first = repo.commit('TKT-001 v1');
    // Version 2 is written on a branch started while Dmitri held the role, and merged after Rachel took over.
    repo.git('switch', '--quiet', '-c', 'proposal');
    await repo.write(at('content/codes/TKT-001.mdx'), document(2));
    const onBranch = repo.commit('TKT-001 v2');
    repo.git('switch', '--quiet', 'main');
    await repo.write(at('content/roles.yaml'), roles('Rachel Okonjo'));
    const handover = repo.commit('Rachel Okonjo is cinema manager');
    repo.git('merge', '--quiet', '--no-ff', '-m', 'Merge TKT-001 v2', 'proposal');
    await repo.write(at('content/roles.yaml'), 'cinema-manager: [unclosed\n');
    await repo.write(at('content/codes/TKT-001.mdx'), document(3));
    const broken = repo.commit('TKT-001 v3 with a roles file that does not parse');
    await repo.remove(at('content/roles.yaml'));
    await repo.write(at('content/codes/TKT-001.mdx'), document(4));
    const missing = repo.commit('TKT-001 v4 without a roles file');

    const cwd = join(root, 'handbook');
    const holders = await readRoleHolders(cwd, [first, onBranch, handover, broken, missing, first]);
    expect(holders.get(first)).toEqual({
      'cinema-manager': { holder: 'Dmitri Volkov' },
      // Leeds has its own contact but the chain-wide holder: only venues with their own holder are listed.
      'shift-manager': { holder: 'Olena Kravets', venues: { manchester: 'Tomasz Nowak' } },
    });
    // Committed while Dmitri held the role, merged after Rachel took over: the merge is when it came into force.
    expect(holders.get(onBranch)?.['cinema-manager']).toEqual({ holder: 'Rachel Okonjo' });
    expect(holders.get(handover)?.['cinema-manager']).toEqual({ holder: 'Rachel Okonjo' });
    expect(holders.has(broken) && holders.get(broken)).toBeUndefined();
    expect(holders.has(missing) && holders.get(missing)).toBeUndefined();
    expect(holders.size).toBe(5);

    // The commits it is asked about are those of the version records.
    const records = (await readHistory(cwd)).records;
    expect(records.map(({ version, commit }) => [version, commit])).toEqual([
      [1, first],
      [2, onBranch],
      [3, broken],
      [4, missing],
    ]);
    expect(await readRoleHolders(cwd, [])).toEqual(new Map());
  });
});

describe('holdersIn', () => {
  it('reads only the holders of an old roles.yaml, whatever else it held then, and nothing from a file that is not a map', () => {
    expect(holdersIn('usher:\n  title: Usher\n  holder: "  Jamal Okafor "\n  retired_field: yes\nnotes: a comment\nempty:\n  holder: ""\n')).toEqual({
      usher: { holder: 'Jamal Okafor' },
    });
    expect(holdersIn('- just\n- a list\n')).toBeUndefined();
    expect(holdersIn('usher: {holder: [unclosed\n')).toBeUndefined();
  });
});
