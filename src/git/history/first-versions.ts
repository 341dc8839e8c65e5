import { readBlobs } from '../read-at-ref.ts';
import { runGit } from '../run-git.ts';
import { DOCUMENT_FOLDER, documentKindOf } from '../../model/index.ts';
import { hasCommits, historyAvailability } from './availability.ts';
import type { HistoryAvailability } from './types.ts';
import { versionOf } from './version-starts.ts';

export interface FirstVersionsReading {
  availability: HistoryAvailability;
  /**
   * The lowest version git recorded of each code and standard, by path
   * relative to `cwd` (`content/codes/TKT-001.mdx`): the version it was added
   * with (the lower one, when it was deleted and added again). A document git
   * has never recorded is absent; so is one added without a readable `version`.
   */
  firstVersions: ReadonlyMap<string, number>;
}

const BLOB = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) A\t(.+)$/;

/**
 * The version at which git's history of each document starts: what the
 * commit that added it says, since versions only rise after that. Two git
 * processes whatever the size of the history (the log of added files and one
 * batch read of their texts), so the checker can afford it on every run;
 * readHistory reads every version, for the site.
 */
export async function readFirstVersions(cwd: string): Promise<FirstVersionsReading> {
  const availability = await historyAvailability(cwd);
  if (availability !== 'available') return { availability, firstVersions: new Map() };
  if (!(await hasCommits(cwd))) return { availability, firstVersions: new Map() };

  const log = String(
    await runGit(cwd, [
      'log',
      '--relative',
      '--no-renames',
      '--diff-filter=A',
      '--raw',
      '--no-abbrev',
      '--format=',
      '--',
      ...Object.values(DOCUMENT_FOLDER).map((folder) => `content/${folder}`),
    ]),
  );
  // Every text each document was added with: once, or again after a deletion.
  const addedAs = new Map<string, string[]>();
  for (const line of log.split('\n')) {
    const [, blob = '', path = ''] = BLOB.exec(line) ?? [];
    if (documentKindOf(path) === undefined) continue;
    const blobs = addedAs.get(path) ?? [];
    blobs.push(blob);
    addedAs.set(path, blobs);
  }

  const texts = await readBlobs(cwd, [...new Set([...addedAs.values()].flat())]);
  const firstVersions = new Map<string, number>();
  for (const [path, blobs] of addedAs) {
    const versions = blobs.map((blob) => versionOf(texts.get(blob)?.text ?? '')).filter((version) => version !== undefined);
    if (versions.length > 0) firstVersions.set(path, Math.min(...versions));
  }
  return { availability, firstVersions };
}
