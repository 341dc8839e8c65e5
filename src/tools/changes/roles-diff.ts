import { parseYamlSource, rolesFileSchema, type Role } from '../../model/index.ts';

/** The fields of a role a pull-request summary reports: the one-line ones, not the other-language titles. */
const ROLE_FIELDS = ['title', 'holder', 'contact', 'github'] as const satisfies ReadonlyArray<keyof Role>;
export type RoleField = (typeof ROLE_FIELDS)[number];

/** What happened to one role in content/roles.yaml. */
export type RoleChange =
  | { change: 'added'; id: string; role: Role }
  | { change: 'removed'; id: string; role: Role }
  | { change: 'changed'; id: string; title: string; fields: Array<{ field: RoleField; from: string | undefined; to: string | undefined }> };

/** The roles in a roles.yaml text, or undefined when it does not fit the content model. */
export function readRoles(text: string): Record<string, Role> | undefined {
  const yaml = parseYamlSource(text);
  const result = rolesFileSchema.safeParse(yaml.value);
  return result.success ? result.data : undefined;
}

/** Roles added, removed and changed, in id order. */
export function compareRoles(before: Readonly<Record<string, Role>>, after: Readonly<Record<string, Role>>): RoleChange[] {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return ids.flatMap((id): RoleChange[] => {
    const was = before[id];
    const now = after[id];
    if (!was && now) return [{ change: 'added', id, role: now }];
    if (was && !now) return [{ change: 'removed', id, role: was }];
    if (!was || !now) return [];
    const fields = ROLE_FIELDS.filter((field) => was[field] !== now[field]).map((field) => ({ field, from: was[field], to: now[field] }));
    return fields.length > 0 ? [{ change: 'changed', id, title: now.title, fields }] : [];
  });
}
