import { SEVERITIES, SLUG_PATTERN } from '../../model/index.ts';
import { nextCode, prefixFor, type Outcome } from './code-numbers.ts';
import type { HandbookInventory } from './inventory.ts';
import { renderNewCode, renderNewStandard } from './render-document.ts';

export const DOCUMENT_KINDS = ['code', 'standard'] as const;
export type NewDocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Everything `npm run new` needs; optional fields have defaults. */
export interface ScaffoldRequest {
  kind: string;
  category: string;
  title: string;
  owner: string;
  summary?: string;
  /** Codes only; defaults to medium. */
  severity?: string;
  /** Codes only: the first escalation level; defaults to the owner. */
  escalate?: string;
  /** Codes only: needed when the category has no codes yet. */
  prefix?: string;
  /** Standards only: the file name; defaults to the title in lower-kebab-case. */
  slug?: string;
  today: Date;
}

export interface ScaffoldPlan {
  /** The new code, or the new standard's slug. */
  id: string;
  path: string;
  text: string;
}

/** Decide what to write, or say in one line why not. Pure: reads nothing, writes nothing. */
export function planScaffold(inventory: HandbookInventory, request: ScaffoldRequest): Outcome<ScaffoldPlan> {
  const problem = refusal(inventory, request) ?? (request.title.trim() === '' ? 'Missing --title: a few words staff would say, on one line' : undefined);
  if (problem) return { ok: false, reason: problem };
  const title = request.title.trim();
  const summary = request.summary?.trim() || undefined;
  const common = { title, summary, category: request.category, owner: request.owner, today: request.today };

  if (request.kind === 'standard') {
    const slug = request.slug ?? slugOf(title);
    if (!SLUG_PATTERN.test(slug)) return { ok: false, reason: `Unexpected --slug ${slug}, expected lower-case words joined by hyphens, such as lost-property` };
    if (inventory.standards.has(slug))
      return { ok: false, reason: `Unexpected --slug ${slug}: content/standards/${slug}.mdx exists already; choose another --slug` };
    return { ok: true, value: { id: slug, path: `content/standards/${slug}.mdx`, text: renderNewStandard(common) } };
  }

  const prefix = prefixFor(inventory, request.category, request.prefix);
  if (!prefix.ok) return prefix;
  const code = nextCode(inventory, prefix.value);
  if (!code.ok) return code;
  const text = renderNewCode({ ...common, code: code.value, severity: request.severity ?? 'medium', escalate: request.escalate ?? request.owner });
  return { ok: true, value: { id: code.value, path: `content/codes/${code.value}.mdx`, text } };
}

/**
 * Why a request, complete or not, cannot be scaffolded; fields not given yet
 * are skipped, so flags can be refused before any question is asked.
 */
export function refusal(inventory: HandbookInventory, request: Partial<Omit<ScaffoldRequest, 'today'>>): string | undefined {
  const { kind, category, owner, severity, escalate, title } = request;
  if (kind !== undefined && !(DOCUMENT_KINDS as readonly string[]).includes(kind)) return `Unknown --kind ${kind}; expected code or standard`;
  if (category !== undefined && !inventory.categories.has(category)) {
    return `Unknown --category ${category}; expected one of ${[...inventory.categories.keys()].join(', ')} (from content/categories.yaml)`;
  }
  if (owner !== undefined && !inventory.roles.has(owner))
    return `Unknown --owner ${owner}; expected a role from content/roles.yaml: ${[...inventory.roles.keys()].join(', ')}`;
  if (title !== undefined && title.includes('\n')) return 'Unexpected --title on more than one line: a few words staff would say';
  if (request.summary?.includes('\n')) return 'Unexpected --summary on more than one line: write one sentence';
  if (kind === 'standard') {
    const codeOnly = (['severity', 'escalate', 'prefix'] as const).find((flag) => request[flag] !== undefined);
    if (codeOnly) return `Unexpected --${codeOnly} for a standard: only problem codes have it`;
  }
  if (kind === 'code' && request.slug !== undefined) return 'Unexpected --slug for a code: a code is named by the next free number';
  if (severity !== undefined && !(SEVERITIES as readonly string[]).includes(severity))
    return `Unknown --severity ${severity}; expected one of ${SEVERITIES.join(', ')}`;
  if (escalate !== undefined && !inventory.roles.has(escalate))
    return `Unknown --escalate ${escalate}; expected a role from content/roles.yaml: ${[...inventory.roles.keys()].join(', ')}`;
  return undefined;
}

/** "Lost property at night" → "lost-property-at-night". */
export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
