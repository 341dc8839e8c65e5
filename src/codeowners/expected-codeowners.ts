import type { VFile } from 'vfile';
import { FALLBACK_OWNER } from './config.ts';
import { ownedFiles, roleHandles } from './ownership.ts';
import { renderCodeowners } from './render-codeowners.ts';

/**
 * The CODEOWNERS text for a repository as the checker read it: the text of
 * roles.yaml and every document file, readable or not (an unreadable one
 * falls back to the default owner). Undefined when roles.yaml is unusable.
 */
export function expectedCodeowners(rolesText: string, documentFiles: readonly VFile[]): string | undefined {
  const roles = roleHandles(rolesText);
  return roles && renderCodeowners({ documents: ownedFiles(documentFiles), roles, fallback: FALLBACK_OWNER });
}
