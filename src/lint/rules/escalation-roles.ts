import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { frontmatterField, type HandbookContext } from '../../model/index.ts';
import { unknownIdReason } from './known-ids.ts';
import { ruleMeta } from './rule-docs.ts';

/** Each escalation level names a role the handbook knows, and no role is asked twice. */
const escalationRoles = lintRule<Root, HandbookContext>(ruleMeta('escalation-roles'), (_tree, file, context) => {
  const ladder = frontmatterField(file, 'escalation');
  if (file.data.kind !== 'code' || !Array.isArray(ladder)) return;

  const levelOfRole = new Map<string, number>();
  ladder.forEach((level: unknown, index) => {
    const role = level && typeof level === 'object' ? (level as { role?: unknown }).role : undefined;
    if (typeof role !== 'string') return;
    const place = file.data.frontmatter?.placeOf(['escalation', index, 'role']);
    if (context.roles && !context.roles.has(role)) {
      file.message(unknownIdReason('escalation role', role, context.roles, 'content/roles.yaml'), { place });
    }
    const earlier = levelOfRole.get(role);
    if (earlier !== undefined) {
      file.message(`Unexpected role \`${role}\` at escalation level ${index + 1}, already level ${earlier + 1}; each level must reach someone new`, { place });
    } else {
      levelOfRole.set(role, index);
    }
  });
});

export default escalationRoles;
