import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CATEGORIES, ROLES } from './chain-directory.ts';
import { renderCode } from './code-document.ts';
import { planRepo, type RepoPlan } from './repo-plan.ts';
import { renderStandard } from './standard-document.ts';

export interface GenerateOptions {
  /** The folder to write; it becomes a git repository holding `content/`. */
  root: string;
  seed: number;
  codes: number;
  standards: number;
  /** Every file gets this many versions, one commit per version round. */
  versions: number;
}

export interface GeneratedRepo {
  root: string;
  plan: RepoPlan;
  /** Files written in the last round, the three settings files (roles, categories, handbook) included. */
  files: number;
  commits: number;
}

/** Files written at once: enough to keep the disk busy, few enough to stay under the open-file limit. */
const WRITE_BATCH = 256;
const HANDBOOK_SETTINGS = { title: 'Benchmark Cinemas Service Handbook', repository: 'https://github.com/example/bench-handbook', branch: 'main' };
// Commits carry fixed identities and dates so that the history, too, depends only on the seed.
const GIT_IDENTITY = { GIT_AUTHOR_NAME: 'Handbook bench', GIT_AUTHOR_EMAIL: 'bench@handbook.example' };

/**
 * Write a synthetic standards repository. It is always a git repository, even with
 * one version, because the site may read history and must not find the project's own.
 * Round v writes version v of every file and commits once: V commits, whatever the size.
 */
export async function generateRepo(options: GenerateOptions): Promise<GeneratedRepo> {
  const { root, seed, versions } = options;
  if (!Number.isInteger(versions) || versions < 1 || versions > 50) throw new RangeError(`Expected 1 to 50 versions, got ${versions}`);
  const plan = planRepo(seed, options.codes, options.standards);
  await mkdir(join(root, 'content/codes'), { recursive: true });
  await mkdir(join(root, 'content/standards'), { recursive: true });
  await writeFile(join(root, 'content/roles.yaml'), stringify(Object.fromEntries(ROLES.map(({ id, ...role }) => [id, role]))));
  await writeFile(
    join(root, 'content/categories.yaml'),
    stringify(Object.fromEntries(CATEGORIES.map(({ id, title, description }) => [id, { title, description }]))),
  );

  // The handbook's own settings (name in citations, repository for history links), as the sample has them.
  await writeFile(join(root, 'content/handbook.yaml'), stringify(HANDBOOK_SETTINGS));

  git(root, ['init', '--quiet', '--initial-branch=main'], 0);
  for (let version = 1; version <= versions; version++) {
    const files: Array<[string, string]> = [
      ...plan.codes.map((code): [string, string] => [`content/codes/${code.code}.mdx`, renderCode(code, version, seed)]),
      ...plan.standards.map((standard): [string, string] => [`content/standards/${standard.slug}.mdx`, renderStandard(standard, version, seed)]),
    ];
    for (let start = 0; start < files.length; start += WRITE_BATCH) {
      await Promise.all(files.slice(start, start + WRITE_BATCH).map(([path, text]) => writeFile(join(root, path), text)));
    }
    git(root, ['add', 'content'], version);
    git(root, ['commit', '--quiet', '--no-verify', '-m', version === 1 ? 'First issue of every document' : `Version ${version} of every document`], version);
  }
  return { root, plan, files: plan.codes.length + plan.standards.length + 3, commits: versions };
}

function git(root: string, args: string[], round: number): void {
  // Round r is dated r days after a fixed day, so the log orders the versions as written.
  const date = new Date(Date.UTC(2025, 0, 1 + round)).toISOString();
  execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      ...GIT_IDENTITY,
      GIT_COMMITTER_NAME: GIT_IDENTITY.GIT_AUTHOR_NAME,
      GIT_COMMITTER_EMAIL: GIT_IDENTITY.GIT_AUTHOR_EMAIL,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}
