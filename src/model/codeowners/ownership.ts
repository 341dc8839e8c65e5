import type { VFile } from 'vfile';
import { frontmatterField } from '../frontmatter.ts';
import { parseYamlSource } from '../yaml-source.ts';
import { codeOwner } from '../schema/index.ts';
import type { OwnedFile } from './render-codeowners.ts';

/**
 * Role ids and their GitHub owners from the text of roles.yaml, written as
 * CODEOWNERS writes them (`@login`, `@org/team`, `email@example.com`). Lenient on
 * purpose: one role with a bad contact must not take every owner away (the
 * checker reports the bad field itself). Undefined when the YAML is unusable.
 */
export function roleOwners(rolesText: string): Map<string, string | undefined> | undefined {
  const { value } = parseYamlSource(rolesText);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const owners = new Map<string, string | undefined>();
  for (const [id, role] of Object.entries(value as Record<string, unknown>)) {
    const github = role && typeof role === 'object' ? (role as Record<string, unknown>).github : undefined;
    owners.set(id, typeof github === 'string' ? codeOwner(github) : undefined);
  }
  return owners;
}

/** The owner role of each parsed document, as the checker read it. */
export function ownedFiles(documents: readonly VFile[]): OwnedFile[] {
  return documents.map((file) => {
    const owner = frontmatterField(file, 'owner');
    return { path: file.path, owner: typeof owner === 'string' ? owner : undefined };
  });
}
