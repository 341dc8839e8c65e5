import type { VFile } from 'vfile';
import { codeOwner, type HandbookConfig } from '../schema/index.ts';
import { ownedFiles, roleOwners } from './ownership.ts';
import { renderCodeowners } from './render-codeowners.ts';

/**
 * The CODEOWNERS text for a repository as the checker read it: the text of
 * roles.yaml, the settings of handbook.yaml (whose `codeowners_fallback` owns
 * what no role does) and every document file, readable or not (an unreadable one
 * falls back to the default owner). Undefined when roles.yaml is unusable.
 */
export function expectedCodeowners(
  rolesText: string,
  config: Pick<HandbookConfig, 'codeowners_fallback'>,
  documentFiles: readonly VFile[],
): string | undefined {
  const roles = roleOwners(rolesText);
  const fallback = config.codeowners_fallback === undefined ? undefined : codeOwner(config.codeowners_fallback);
  return roles && renderCodeowners({ documents: ownedFiles(documentFiles), roles, fallback });
}
