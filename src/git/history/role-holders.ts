import { parse } from 'yaml';
import { runGit } from '../run-git.ts';
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

  const mergedIn = mergesOf(String(await runGit(cwd, ['rev-list', '--parents', 'HEAD'])));
  const merges = [...new Set(asked.map((commit) => mergedIn.get(commit) ?? commit))];
  const texts = await readAtCommits(cwd, merges, ROLES_FILE);

  // Consecutive merges mostly share one roles.yaml: parse each distinct text once.
  const parsed = new Map<string, HoldersByRole | undefined>();
  for (const commit of asked) {
    const text = texts.get(mergedIn.get(commit) ?? commit);
    if (text === undefined) {
      result.set(commit, undefined);
      continue;
    }
    if (!parsed.has(text.object)) parsed.set(text.object, holdersIn(text.text));
    result.set(commit, parsed.get(text.object));
  }
  return result;
}

/**
 * The main-line commit that merged each commit reachable from HEAD, from `git rev-list --parents HEAD` (newest
 * first, HEAD on the first line). The main line is HEAD's first-parent chain, as for approvals (approvals.ts).
 */
function mergesOf(graph: string): Map<string, string> {
  const parentsOf = new Map<string, string[]>();
  let head: string | undefined;
  for (const line of graph.split('\n')) {
    if (line === '') continue;
    const [hash = '', ...parents] = line.split(' ');
    head ??= hash;
    parentsOf.set(hash, parents);
  }
  const mainline: string[] = [];
  for (let commit = head; commit !== undefined; commit = parentsOf.get(commit)?.[0]) mainline.push(commit);

  const mergedIn = new Map<string, string>();
  // Oldest first, so that a merge's walk stops at history the main line already had.
  for (const merge of mainline.reverse()) {
    mergedIn.set(merge, merge);
    const pending = (parentsOf.get(merge) ?? []).slice(1);
    while (pending.length > 0) {
      const commit = pending.pop()!;
      if (mergedIn.has(commit)) continue;
      mergedIn.set(commit, merge);
      pending.push(...(parentsOf.get(commit) ?? []));
    }
  }
  return mergedIn;
}

/** The text of `path` (relative to `cwd`) at each commit, with its blob's name, read with one `git cat-file --batch`. */
async function readAtCommits(cwd: string, commits: readonly string[], path: string): Promise<Map<string, { object: string; text: string }>> {
  const files = new Map<string, { object: string; text: string }>();
  const output = await runGit(cwd, ['cat-file', '--batch'], commits.map((commit) => `${commit}:./${path}\n`).join(''));
  let offset = 0;
  for (const commit of commits) {
    const headerEnd = output.indexOf(0x0a, offset);
    if (headerEnd === -1) break;
    // "<object> blob <size>" for a file; "<name> missing" when the commit has none.
    const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(output.subarray(offset, headerEnd).toString('utf8'));
    offset = headerEnd + 1;
    if (!match) continue;
    const size = Number(match[3]);
    if (match[2] === 'blob') files.set(commit, { object: match[1]!, text: output.subarray(offset, offset + size).toString('utf8') });
    offset += size + 1; // the content is followed by a newline
  }
  return files;
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
