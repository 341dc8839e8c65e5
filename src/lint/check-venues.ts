import type { VFile } from 'vfile';
import { frontmatterField, loadVenues, type RolesFile } from '../model/index.ts';
import { venueRules } from './rules/index.ts';
import type { VenueContext } from './rules/venue-context.ts';
import { linterFor, runRules } from './run-rules.ts';

/**
 * Check the venues: content/venues.yaml itself (when the handbook has one), then the venue rules on
 * content/roles.yaml, whose messages go on `roles.file`. Returns the venues file, to be reported with the others.
 * Call it once the documents are read: it needs their escalation ladders. Quiet while roles.yaml or venues.yaml
 * is unusable: that error is reported already.
 */
export async function checkVenues(cwd: string, roles: RolesFile, documentFiles: readonly VFile[]): Promise<VFile[]> {
  const { file, venues } = await loadVenues(cwd);
  if (venues && roles.roles && roles.yaml) {
    const context: VenueContext = { venues: new Map(Object.entries(venues)), roles: roles.roles, yaml: roles.yaml, escalations: escalationsOf(documentFiles) };
    await runRules(linterFor(venueRules, context), { type: 'root', children: [] }, roles.file);
  }
  return file ? [file] : [];
}

/** For each role, the codes whose escalation ladder calls it, in code order. */
function escalationsOf(documentFiles: readonly VFile[]): Map<string, string[]> {
  const escalations = new Map<string, string[]>();
  const codes = documentFiles.filter((file) => file.data.kind === 'code' && !file.data.translation);
  for (const file of codes.sort((a, b) => a.path.localeCompare(b.path))) {
    const ladder = frontmatterField(file, 'escalation');
    if (!Array.isArray(ladder)) continue;
    const code = frontmatterField(file, 'code');
    for (const level of ladder) {
      const role = level && typeof level === 'object' ? (level as { role?: unknown }).role : undefined;
      if (typeof role !== 'string') continue;
      const callers = escalations.get(role) ?? [];
      if (!callers.includes(String(code ?? file.stem))) callers.push(String(code ?? file.stem));
      escalations.set(role, callers);
    }
  }
  return escalations;
}
