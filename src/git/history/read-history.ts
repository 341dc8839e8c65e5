import { readFilesAtRef } from '../read-at-ref.ts';
import { runGit } from '../run-git.ts';
import { DOCUMENT_FOLDER, documentIdOf, documentKindOf } from '../../model/index.ts';
import { readApprovals } from './approvals.ts';
import { hasCommits, historyAvailability } from './availability.ts';
import type { HistoryAvailability, VersionRecord } from './types.ts';
import { versionStarts, type FileAtCommit } from './version-starts.ts';

export interface HistoryReading {
  availability: HistoryAvailability;
  records: VersionRecord[];
}

const FIELD = '\x1f';
const RECORD = '\x1e';

/**
 * Every version of every code and standard under `cwd`, read from git in a
 * few whole-repository passes: one log of the content folders, one batch read
 * per commit that touched them, and the approval graph. Paths are relative to
 * `cwd`, which may be a folder inside a larger repository.
 */
export async function readHistory(cwd: string): Promise<HistoryReading> {
  const availability = await historyAvailability(cwd);
  if (availability !== 'available') return { availability, records: [] };

  if (!(await hasCommits(cwd))) return { availability, records: [] };

  const log = String(
    await runGit(cwd, [
      'log',
      '--reverse',
      '--relative',
      '--no-renames',
      `--format=${RECORD}%H${FIELD}%cI`,
      '--name-only',
      '--',
      ...Object.values(DOCUMENT_FOLDER).map((folder) => `content/${folder}`),
    ]),
  );
  const [approvals, sequences] = [await readApprovals(cwd), new Map<string, FileAtCommit[]>()];
  const commitDates = new Map<string, string>();

  for (const entry of log.split(RECORD).filter((text) => text.trim() !== '')) {
    const [header = '', ...paths] = entry.trim().split('\n');
    const [commit = '', date = ''] = header.split(FIELD);
    commitDates.set(commit, date);
    const documents = paths.filter((path) => documentKindOf(path) !== undefined);
    // `./` makes git read each path relative to `cwd`, as --relative listed it.
    const texts = await readFilesAtRef(
      cwd,
      commit,
      documents.map((path) => `./${path}`),
    );
    for (const path of documents) {
      const text = texts.get(`./${path}`);
      if (text === undefined) continue; // deleted in this commit
      sequences.set(path, [...(sequences.get(path) ?? []), { commit, text }]);
    }
  }

  const records: VersionRecord[] = [];
  for (const [path, sequence] of sequences) {
    const kind = documentKindOf(path)!;
    const id = documentIdOf(path);
    for (const start of versionStarts(sequence)) {
      const committedOn = commitDates.get(start.commit) ?? '';
      const approval = approvals.get(start.commit);
      records.push({
        kind,
        id,
        version: start.version,
        commit: start.commit,
        committedOn,
        approvedBy: approval?.approvedBy ?? 'unknown',
        mergedOn: approval?.mergedOn ?? committedOn,
        source: start.text,
      });
    }
  }
  return { availability: 'available', records };
}
