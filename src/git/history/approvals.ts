import { runGit } from '../run-git.ts';

/** How a commit reached the main line. */
export interface Approval {
  approvedBy: string;
  mergedOn: string;
}

interface MainlineCommit {
  hash: string;
  parents: string[];
  author: string;
  committer: string;
  date: string;
  approvedByTrailer: string;
}

const FIELD = '\x1f';
const RECORD = '\x1e';

/**
 * For every commit reachable from HEAD, who approved it and when it reached
 * the main line. Two git processes for the whole repository: the first-parent
 * line of HEAD, and the parents of every commit. A commit merged by a merge
 * commit is approved by that merge's `Approved-by:` trailer or, failing one,
 * by whoever made the merge; a commit made on the main line approves itself.
 */
export async function readApprovals(cwd: string): Promise<Map<string, Approval>> {
  const format = ['%H', '%P', '%an', '%cn', '%cI', '%(trailers:key=Approved-by,valueonly,separator=%x2C )'].join('%x1f');
  const [mainlineText, graphText] = await Promise.all([
    runGit(cwd, ['log', '--first-parent', `--format=${RECORD}${format}`, 'HEAD']).then(String),
    runGit(cwd, ['rev-list', '--parents', 'HEAD']).then(String),
  ]);
  const mainline = new Map(
    mainlineText
      .split(RECORD)
      .filter((record) => record.trim() !== '')
      .map((record): [string, MainlineCommit] => {
        const [hash = '', parents = '', author = '', committer = '', date = '', trailer = ''] = record.trim().split(FIELD);
        return [hash, { hash, parents: parents.split(' ').filter(Boolean), author, committer, date, approvedByTrailer: trailer.trim() }];
      }),
  );
  const approvals = new Map<string, Approval>();
  for (const [hash, merge] of mainlineMerges(graphText)) {
    const commit = mainline.get(merge);
    if (!commit) continue;
    approvals.set(hash, {
      approvedBy: commit.approvedByTrailer || (commit.parents.length > 1 ? commit.author : commit.committer),
      mergedOn: commit.date,
    });
  }
  return approvals;
}

/**
 * The main-line commit that merged each commit reachable from HEAD, from `git rev-list --parents HEAD` (newest
 * first, HEAD on the first line). The main line is HEAD's first-parent chain, as readApprovals takes it.
 */
export function mainlineMerges(graph: string): Map<string, string> {
  const parentsOf = new Map<string, string[]>();
  let head: string | undefined;
  for (const line of graph.split('\n')) {
    if (line === '') continue;
    const [hash = '', ...parents] = line.split(' ');
    head ??= hash;
    parentsOf.set(hash, parents);
  }
  const mainline: string[] = [];
  for (let commit = head; commit !== undefined; commit = parentsOf.get(commit)?.[0]) mainline.push(commit);

  const mergedIn = new Map<string, string>();
  // Oldest first, so that a merge's walk stops at history the main line already had.
  for (const merge of mainline.reverse()) {
    mergedIn.set(merge, merge);
    const pending = (parentsOf.get(merge) ?? []).slice(1);
    while (pending.length > 0) {
      const commit = pending.pop()!;
      if (mergedIn.has(commit)) continue;
      mergedIn.set(commit, merge);
      pending.push(...(parentsOf.get(commit) ?? []));
    }
  }
  return mergedIn;
}
