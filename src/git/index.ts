export { changedFiles, parseNameStatus, type FileChange, type FileChangeStatus } from './changed-files.ts';
export { readFilesAtRef, showFile } from './read-at-ref.ts';
export { BaseRefError, comparisonBase, isShallowClone, resolveCommit } from './refs.ts';
export { GitError, runGit, runGitText } from './run-git.ts';
export { readFirstVersions, type FirstVersionsReading } from './history/first-versions.ts';
export { readHistory, type HistoryReading } from './history/read-history.ts';
export { readRoleHolders, type HoldersByRole } from './history/role-holders.ts';
export type { HistoryAvailability, VersionRecord } from './history/types.ts';
export { versionKey } from './history/version-key.ts';
