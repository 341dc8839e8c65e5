/** What differs between the versions of a test code. */
export interface CodeVersion {
  version: number;
  effective: string;
  changeNote: string;
  step: string;
  escalationAfter: string;
  retiredFor?: string;
}

/** A problem code's file in the sample's roles and categories, at one version. */
export function codeFile(code: string, { version, effective, changeNote, step, escalationAfter, retiredFor }: CodeVersion): string {
  return `---
code: ${code}
title: Lost e-tickets
summary: A guest's paid e-tickets have vanished from the app.
category: tickets
severity: high
owner: cinema-manager
version: ${version}
effective: ${effective}
review_by: 2030-01-01
change_note: ${changeNote}${retiredFor ? `\nstatus: retired\nreplaced_by: ${retiredFor}` : ''}
escalation:
  - role: shift-manager
    after: ${escalationAfter}
---

## Steps

1. **Usher:** Walk the guest to the box office and say the code.
2. **Cashier:** ${step}
`;
}
