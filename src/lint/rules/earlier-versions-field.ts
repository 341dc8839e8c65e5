import type { VFile } from 'vfile';
import { frontmatterField, type PullRequestContext } from '../../model/index.ts';

/** The frontmatter field that says where the versions approved before the repository are kept. */
export const EARLIER_VERSIONS_FIELD = 'earlier_versions';

/** What earlier-versions knows beyond the file: the version at which git's history of each document starts. */
export interface HistoryContext {
  /** By path relative to the checked folder (`content/codes/TKT-001.mdx`); a document git has not recorded is absent. */
  firstVersions: ReadonlyMap<string, number>;
}

/** What new-document-version knows beyond the file: the base, and the documents it does not have, by path. */
export interface NewDocumentContext extends PullRequestContext {
  newDocuments: ReadonlySet<string>;
}

/** The file's `version` when it is a whole number of 1 or more; anything else is frontmatter-schema's to report. */
export function versionOfFile(file: VFile): number | undefined {
  const version = frontmatterField(file, 'version');
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : undefined;
}

/** "version 1 was", "versions 1–2 were": the versions before `first`, as a message names them. */
export const versionsBeforeWere = (first: number) => (first === 2 ? 'version 1 was' : `versions 1–${first - 1} were`);

/** How to say where the versions before `first` are. */
export const addTheField = (first: number) =>
  `add \`${EARLIER_VERSIONS_FIELD}:\` with one line saying where ${first === 2 ? 'it is' : 'they are'} kept, such as "Signed paper copies in the head-office archive"`;
