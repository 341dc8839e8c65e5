import type { EscalationLevel } from '../../model/index.ts';

/** Where a role stands in a ladder, and on what terms. Levels count from 1. */
export interface EscalationPlace {
  level: number;
  after?: string;
  when?: string;
}

/** What happened to one escalation level. Levels are matched by role: a role appears at most once in a ladder. */
export type EscalationChange =
  | { change: 'added'; role: string; to: EscalationPlace }
  | { change: 'removed'; role: string; from: EscalationPlace }
  | { change: 'changed'; role: string; from: EscalationPlace; to: EscalationPlace };

export function compareEscalation(before: readonly EscalationLevel[], after: readonly EscalationLevel[]): EscalationChange[] {
  const placesBefore = placesByRole(before);
  const placesAfter = placesByRole(after);
  const changes: EscalationChange[] = [];
  for (const [role, from] of placesBefore) {
    const to = placesAfter.get(role);
    if (!to) changes.push({ change: 'removed', role, from });
    else if (from.level !== to.level || from.after !== to.after || from.when !== to.when) changes.push({ change: 'changed', role, from, to });
  }
  for (const [role, to] of placesAfter) {
    if (!placesBefore.has(role)) changes.push({ change: 'added', role, to });
  }
  // In ladder order, so the list reads from the first call to the last.
  const levelOf = (change: EscalationChange) => (change.change === 'removed' ? change.from.level : change.to.level);
  return changes.sort((a, b) => levelOf(a) - levelOf(b) || a.role.localeCompare(b.role));
}

function placesByRole(levels: readonly EscalationLevel[]): Map<string, EscalationPlace> {
  const places = new Map<string, EscalationPlace>();
  levels.forEach(({ role, after, when }, index) => {
    // The checker refuses a role twice; if it happens anyway, the first place is the one staff reach first.
    if (!places.has(role)) places.set(role, { level: index + 1, ...(after && { after }), ...(when && { when }) });
  });
  return places;
}
