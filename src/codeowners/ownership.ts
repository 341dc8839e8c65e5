import type { VFile } from 'vfile';
import { frontmatterField } from '../checker/frontmatter.ts';
import { parseYamlSource } from '../checker/yaml-source.ts';
import { GITHUB_HANDLE_PATTERN } from '../schema/index.ts';
import type { OwnedFile } from './render-codeowners.ts';

/**
 * Role ids and their GitHub handles from the text of roles.yaml. Lenient on
 * purpose: one role with a bad contact must not take every handle away (the
 * checker reports the bad field itself). Undefined when the YAML is unusable.
 */
export function roleHandles(rolesText: string): Map<string, string | undefined> | undefined {
  const { value } = parseYamlSource(rolesText);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const handles = new Map<string, string | undefined>();
  for (const [id, role] of Object.entries(value as Record<string, unknown>)) {
    const github = role && typeof role === 'object' ? (role as Record<string, unknown>).github : undefined;
    handles.set(id, typeof github === 'string' && GITHUB_HANDLE_PATTERN.test(github) ? github : undefined);
  }
  return handles;
}

/** The owner role of each parsed document, as the checker read it. */
export function ownedFiles(documents: readonly VFile[]): OwnedFile[] {
  return documents.map((file) => {
    const owner = frontmatterField(file, 'owner');
    return { path: file.path, owner: typeof owner === 'string' ? owner : undefined };
  });
}
