import { getCollection, type CollectionEntry } from 'astro:content';

export type CodeEntry = CollectionEntry<'codes'>;
export type StandardEntry = CollectionEntry<'standards'>;
export type RoleEntry = CollectionEntry<'roles'>;

const byCode = (a: CodeEntry, b: CodeEntry) => a.data.code.localeCompare(b.data.code);
const byTitle = (a: StandardEntry, b: StandardEntry) => a.data.title.localeCompare(b.data.title);

export async function allCodes(): Promise<CodeEntry[]> {
  return (await getCollection('codes')).sort(byCode);
}

export async function allStandards(): Promise<StandardEntry[]> {
  return (await getCollection('standards')).sort(byTitle);
}

/** Categories in the order categories.yaml lists them, each with its codes and standards. */
export async function documentsByCategory() {
  const [categories, codes, standards] = await Promise.all([getCollection('categories'), allCodes(), allStandards()]);
  return categories.map((category) => ({
    category,
    codes: codes.filter((code) => code.data.category.id === category.id),
    standards: standards.filter((standard) => standard.data.category.id === category.id),
  }));
}

/** One line of a role's page: a code or standard it owns, or a place in a code's escalation ladder. */
export type RoleResponsibility =
  | { kind: 'owned-code'; code: CodeEntry }
  | { kind: 'owned-standard'; standard: StandardEntry }
  | { kind: 'escalation'; code: CodeEntry; level: number; step: CodeEntry['data']['escalation'][number] };

/** What a role owns and where it stands in escalation ladders: the page a role holder checks first. */
export async function roleResponsibilities(roleId: string) {
  const [codes, standards] = await Promise.all([allCodes(), allStandards()]);
  const ownedCodes = codes.filter((code) => code.data.owner.id === roleId);
  const ownedStandards = standards.filter((standard) => standard.data.owner.id === roleId);
  const escalations = codes.flatMap((code) =>
    code.data.escalation.flatMap((step, index) => (step.role.id === roleId ? [{ code, level: index + 1, step }] : [])),
  );
  const all: RoleResponsibility[] = [
    ...ownedCodes.map((code) => ({ kind: 'owned-code' as const, code })),
    ...ownedStandards.map((standard) => ({ kind: 'owned-standard' as const, standard })),
    ...escalations.map((escalation) => ({ kind: 'escalation' as const, ...escalation })),
  ];
  return { ownedCodes, ownedStandards, escalations, all };
}
