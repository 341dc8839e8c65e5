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
  const parentsOf = new Map(
    graphText
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [hash = '', ...parents] = line.split(' ');
        return [hash, parents] as const;
      }),
  );
  const mainline = mainlineText
    .split(RECORD)
    .filter((record) => record.trim() !== '')
    .map((record): MainlineCommit => {
      const [hash = '', parents = '', author = '', committer = '', date = '', trailer = ''] = record.trim().split(FIELD);
      return { hash, parents: parents.split(' ').filter(Boolean), author, committer, date, approvedByTrailer: trailer.trim() };
    })
    .reverse();

  const approvals = new Map<string, Approval>();
  for (const commit of mainline) {
    const merged = commit.parents.length > 1;
    const approval = {
      approvedBy: commit.approvedByTrailer || (merged ? commit.author : commit.committer),
      mergedOn: commit.date,
    };
    approvals.set(commit.hash, approval);
    // Walk back from the merged branch until history the main line already had.
    const pending = commit.parents.slice(1);
    while (pending.length > 0) {
      const hash = pending.pop()!;
      if (approvals.has(hash)) continue;
      approvals.set(hash, approval);
      pending.push(...(parentsOf.get(hash) ?? []));
    }
  }
  return approvals;
}
