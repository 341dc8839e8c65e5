import { parse } from 'yaml';
import { readBlobs } from '../read-at-ref.ts';
import { runGit } from '../run-git.ts';
import { mainlineMerges } from './approvals.ts';
import type { RoleHolders } from '../../model/index.ts';

/** Who held each role, by role id, as one commit's roles.yaml said. */
export type HoldersByRole = Readonly<Record<string, RoleHolders>>;

/** The roles file, relative to the handbook's folder (which may be a subfolder of its repository). */
const ROLES_FILE = 'content/roles.yaml';

/**
 * Who held each role when each of `commits` reached the main line: content/roles.yaml as it was in the commit that
 * merged it (a commit made on the main line merges itself), so a branch started before a holder changed still
 * shows whoever held the role when it was merged. Two git processes however many commits are asked for: the
 * commit graph, and one batch read of the roles file at each distinct merge. A commit whose roles.yaml is missing
 * or does not parse maps to undefined; a role without a readable `holder` is left out.
 */
export async function readRoleHolders(cwd: string, commits: readonly string[]): Promise<Map<string, HoldersByRole | undefined>> {
  const result = new Map<string, HoldersByRole | undefined>();
  const asked = [...new Set(commits)];
  if (asked.length === 0) return result;

  const mergedIn = mainlineMerges(String(await runGit(cwd, ['rev-list', '--parents', 'HEAD'])));
  const merges = [...new Set(asked.map((commit) => mergedIn.get(commit) ?? commit))];
  const blobs = await readBlobs(
    cwd,
    merges.map((merge) => `${merge}:./${ROLES_FILE}`),
  );

  // Consecutive merges mostly share one roles.yaml: parse each distinct text once.
  const parsed = new Map<string, HoldersByRole | undefined>();
  for (const commit of asked) {
    const text = blobs.get(`${mergedIn.get(commit) ?? commit}:./${ROLES_FILE}`);
    if (text === undefined) {
      result.set(commit, undefined);
      continue;
    }
    if (!parsed.has(text.object)) parsed.set(text.object, holdersIn(text.text));
    result.set(commit, parsed.get(text.object));
  }
  return result;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * The holders a roles.yaml names, read leniently: an old file is read as it was written, not against today's
 * schema, and only `holder` and `venues.<id>.holder` are taken. Undefined when the text does not parse as a map.
 */
export function holdersIn(text: string): HoldersByRole | undefined {
  let file: unknown;
  try {
    file = parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(file)) return undefined;
  const holders: Record<string, RoleHolders> = {};
  for (const [id, role] of Object.entries(file)) {
    if (!isRecord(role)) continue;
    const holder = textOf(role.holder);
    if (holder === undefined) continue;
    const venues = Object.entries(isRecord(role.venues) ? role.venues : {}).flatMap(([venue, own]) => {
      const venueHolder = isRecord(own) ? textOf(own.holder) : undefined;
      return venueHolder === undefined ? [] : [[venue, venueHolder] as const];
    });
    holders[id] = venues.length > 0 ? { holder, venues: Object.fromEntries(venues) } : { holder };
  }
  return holders;
}
