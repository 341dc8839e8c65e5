export { changedFiles, parseNameStatus, type FileChange, type FileChangeStatus } from './changed-files.ts';
export { readFilesAtRef, showFile } from './read-at-ref.ts';
export { BaseRefError, comparisonBase, isShallowClone, resolveCommit } from './refs.ts';
export { GitError, runGit, runGitText } from './run-git.ts';
