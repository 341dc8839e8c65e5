import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOCUMENT_FOLDER } from '../../model/schema/index.ts';
import { readHistory } from './read-history.ts';
import type { HistoryAvailability, VersionRecord } from './types.ts';

/** Where each build writes the versions it read from git, inside the standards repo (git-ignored). */
export const HISTORY_DIR = '.handbook/history';
export const VERSION_RECORDS_FILE = `${HISTORY_DIR}/versions.json`;


/** `codes/TKT-001/v2`: the id of a version in the history collections. */
export const versionKey = (record: Pick<VersionRecord, 'kind' | 'id' | 'version'>) =>
  `${DOCUMENT_FOLDER[record.kind]}/${record.id}/v${record.version}`;

/**
 * Read every version of every document from git and write each as an MDX file
 * Astro's glob loader can render (a custom loader cannot render MDX), plus one
 * JSON file of who approved what and when. Rewritten from scratch each build.
 */
export async function materialiseHistory(root: string): Promise<{ availability: HistoryAvailability; versions: number }> {
  const { availability, records } = await readHistory(root);
  const historyDir = join(root, HISTORY_DIR);
  await rm(historyDir, { recursive: true, force: true });
  await Promise.all(Object.values(DOCUMENT_FOLDER).map((folder) => mkdir(join(historyDir, folder), { recursive: true })));

  const index: Record<string, Omit<VersionRecord, 'source'>> = {};
  for (const { source, ...record } of records) {
    const key = versionKey(record);
    index[key] = record;
    await mkdir(join(root, HISTORY_DIR, DOCUMENT_FOLDER[record.kind], record.id), { recursive: true });
    await writeFile(join(root, HISTORY_DIR, `${key}.mdx`), source);
  }
  await writeFile(join(root, VERSION_RECORDS_FILE), JSON.stringify(index, null, 1));
  return { availability, versions: records.length };
}
