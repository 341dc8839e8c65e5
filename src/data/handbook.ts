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

/** What a role owns and where it stands in escalation ladders: the page a role holder checks first. */
export async function roleResponsibilities(roleId: string) {
  const [codes, standards] = await Promise.all([allCodes(), allStandards()]);
  return {
    ownedCodes: codes.filter((code) => code.data.owner.id === roleId),
    ownedStandards: standards.filter((standard) => standard.data.owner.id === roleId),
    escalations: codes.flatMap((code) =>
      code.data.escalation.flatMap((level, index) => (level.role.id === roleId ? [{ code, level: index + 1, step: level }] : [])),
    ),
  };
}
