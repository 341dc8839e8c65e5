import type { HandbookConfig } from '../../model/index.ts';

/** GitLab puts its pages under `/-/`; GitHub does not. Everything else about the links is the same. */
function pagePrefix(repository: string): string {
  return new URL(repository).hostname.includes('gitlab') ? `${repository}/-` : repository;
}

export function commitUrl({ repository }: Pick<HandbookConfig, 'repository'>, commit: string): string {
  return `${pagePrefix(repository)}/commit/${commit}`;
}

/** The repository host's web editor for a file, which opens a pull (merge) request when saved. */
export function editUrl({ repository, branch }: Pick<HandbookConfig, 'repository' | 'branch'>, path: string): string {
  return `${pagePrefix(repository)}/edit/${branch}/${path}`;
}

export function sourceHistoryUrl({ repository, branch }: Pick<HandbookConfig, 'repository' | 'branch'>, path: string): string {
  return `${pagePrefix(repository)}/commits/${branch}/${path}`;
}

/** The repository host's form for a new file in a folder, which opens a pull request like an edit. */
export function newFileUrl({ repository, branch }: Pick<HandbookConfig, 'repository' | 'branch'>, folder: string): string {
  return `${pagePrefix(repository)}/new/${branch}/${folder}`;
}
