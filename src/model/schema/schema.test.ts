import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  codeId,
  codeOwner,
  contact,
  contactHref,
  duration,
  handbookConfigSchema,
  isoDate,
  isRealIsoDate,
  oneLine,
  plainProblemCode,
  plainStandard,
  problemCodeSchema,
  roleSchema,
  rolesFileSchema,
  severity,
  version,
} from './index.ts';

const validCode = {
  code: 'TKT-001',
  title: 'E-ticket rejected at the hall door',
  summary: "The scanner rejects a guest's e-ticket although the booking was paid.",
  category: 'tickets',
  severity: 'high',
  tags: ['app', 'qr'],
  owner: 'shift-manager',
  version: 2,
  effective: '2026-03-01',
  review_by: '2030-03-01',
  escalation: [{ role: 'shift-manager', after: '10 min', when: 'new tickets are rejected too' }, { role: 'guest-relations' }],
  related: ['TKT-002'],
};

const validStandard = {
  title: 'Refunds',
  summary: 'How the box office refunds a guest whose visit went wrong.',
  category: 'tickets',
  owner: 'cinema-manager',
  version: 3,
  effective: '2026-02-01',
  review_by: '2030-02-01',
};

/** The paths and codes of the issues zod reports, which is what the checker turns into positions. */
function issuesOf(schema: z.ZodType, input: unknown): Array<{ path: string; code: string }> {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code }));
}

describe('problem code frontmatter', () => {
  it('parses a complete code and turns dates into midnight UTC', () => {
    const parsed = plainProblemCode.parse(validCode);
    expect(parsed.effective).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(parsed.review_by).toEqual(new Date('2030-03-01T00:00:00Z'));
    expect(parsed.escalation).toEqual([{ role: 'shift-manager', after: '10 min', when: 'new tickets are rejected too' }, { role: 'guest-relations' }]);
  });

  it('accepts the Date objects Astro’s frontmatter parser hands over for unquoted dates', () => {
    const parsed = plainProblemCode.parse({ ...validCode, effective: new Date('2026-03-01T00:00:00Z') });
    expect(parsed.effective.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(issuesOf(plainProblemCode, { ...validCode, effective: new Date('not a date') }).map(({ path }) => path)).toEqual(['effective']);
  });

  it('needs no tags or related codes', () => {
    const { tags: _tags, related: _related, ...minimal } = validCode;
    expect(issuesOf(plainProblemCode, minimal)).toEqual([]);
  });

  it.each([
    ['owner', { owner: undefined }, 'invalid_type'],
    ['escalation', { escalation: [] }, 'too_small'],
    ['escalation.0.after', { escalation: [{ role: 'usher', after: 'soon' }] }, 'invalid_format'],
    ['escalation.0.role', { escalation: [{ role: 'Shift Manager' }] }, 'invalid_format'],
    ['severity', { severity: 'urgent' }, 'invalid_value'],
    ['version', { version: 0 }, 'too_small'],
    ['review_by', { review_by: '2026-02-30' }, 'custom'],
    ['summary', { summary: 'One.\nTwo.' }, 'custom'],
    ['related.0', { related: ['tkt-2'] }, 'invalid_format'],
  ])('rejects a bad %s', (path, change, code) => {
    expect(issuesOf(plainProblemCode, { ...validCode, ...change })).toEqual([{ path, code }]);
  });

  it('refuses unknown fields, at the top and inside an escalation level', () => {
    expect(issuesOf(plainProblemCode, { ...validCode, reviewer: 'usher' })).toEqual([{ path: '', code: 'unrecognized_keys' }]);
    const withPhone = { ...validCode, escalation: [{ role: 'usher', phone: '123' }] };
    expect(issuesOf(plainProblemCode, withPhone)).toEqual([{ path: 'escalation.0', code: 'unrecognized_keys' }]);
  });

  it('checks roles against whatever the references bind them to', () => {
    const bound = problemCodeSchema({ role: z.enum(['shift-manager']), category: z.string(), code: z.string() });
    expect(issuesOf(bound, validCode)).toEqual([{ path: 'escalation.1.role', code: 'invalid_value' }]);
  });
});

describe('standard frontmatter', () => {
  it('parses a complete standard', () => {
    expect(plainStandard.parse(validStandard).version).toBe(3);
  });

  it('refuses the fields only a problem code has', () => {
    expect(issuesOf(plainStandard, { ...validStandard, severity: 'low' })).toEqual([{ path: '', code: 'unrecognized_keys' }]);
  });
});

describe('isRealIsoDate', () => {
  it.each(['2026-02-28', '2028-02-29', '2026-12-31', '2030-01-01'])('accepts %s', (text) => {
    expect(isRealIsoDate(text)).toBe(true);
  });

  it.each(['2026-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-05', '2026-01-01T00:00', ' 2026-01-01', '01/02/2026', ''])(
    'refuses %j',
    (text) => {
      expect(isRealIsoDate(text)).toBe(false);
    },
  );

  it('is what isoDate uses for strings', () => {
    expect(isoDate.safeParse('2026-02-30').success).toBe(false);
    expect(isoDate.parse('2026-02-28')).toEqual(new Date('2026-02-28T00:00:00Z'));
  });
});

describe('primitives', () => {
  it.each(['10 min', '2 h', '1 d', '10min', '45 min'])('duration accepts %j', (text) => {
    expect(duration.safeParse(text).success).toBe(true);
  });

  it.each(['10 minutes', '1.5 h', 'h', '2  h', '2 H', 'soon', ''])('duration refuses %j', (text) => {
    expect(duration.safeParse(text).success).toBe(false);
  });

  it.each(['TKT-001', 'CLK-999'])('codeId accepts %s', (text) => expect(codeId.safeParse(text).success).toBe(true));
  it.each(['tkt-001', 'TKT-01', 'TKTT-001', 'TKT001', 'TK1-001'])('codeId refuses %s', (text) => {
    expect(codeId.safeParse(text).success).toBe(false);
  });

  it('severity is one of four levels', () => {
    expect(severity.options).toEqual(['low', 'medium', 'high', 'critical']);
  });

  it.each([0, -1, 1.5, '1'])('version refuses %j', (value) => expect(version.safeParse(value).success).toBe(false));

  it('oneLine trims, and refuses blank or multi-line text', () => {
    const title = oneLine('a title');
    expect(title.parse('  Lost coat  ')).toBe('Lost coat');
    expect(title.safeParse('   ').success).toBe(false);
    expect(title.safeParse('Lost\ncoat').success).toBe(false);
  });
});

describe('contacts', () => {
  it.each(['+44 20 7946 0102', '020 7946 0102', '(020) 7946-0102', 'guests@example.org'])('accepts %j', (text) => {
    expect(contact.safeParse(text).success).toBe(true);
  });

  it.each(['the front desk', '12345', 'guests@example', 'guests example.org', '', 'call +44 20 7946 0102'])('refuses %j', (text) => {
    expect(contact.safeParse(text).success).toBe(false);
  });

  it('trims before checking', () => {
    expect(contact.parse('  guests@example.org ')).toBe('guests@example.org');
  });

  it.each([
    ['+44 20 7946 0102', 'tel:+442079460102'],
    ['(020) 7946-0102', 'tel:02079460102'],
    ['guests@example.org', 'mailto:guests@example.org'],
  ])('contactHref(%j) is %j', (value, href) => {
    expect(contactHref(value)).toBe(href);
  });
});

describe('roles', () => {
  const role = { title: 'Usher', holder: 'Jamal Okafor', contact: '+44 20 7946 0111' };

  it('accepts a role with or without a GitHub owner', () => {
    expect(roleSchema.safeParse(role).success).toBe(true);
    expect(roleSchema.safeParse({ ...role, github: 'ana-silva' }).success).toBe(true);
  });

  it.each(['ana-silva', '@ana-silva', '@acme/shift-managers', 'acme/shift-managers', 'acme/shift_managers', 'ana.silva@example.org'])(
    'accepts %j as `github`, as CODEOWNERS does',
    (github) => {
      expect(issuesOf(roleSchema, { ...role, github })).toEqual([]);
    },
  );

  it.each(['', '@', '-ana', 'ana silva', '@@ana', 'acme/', '/team', 'acme/shift/managers', '@ana@example.org', 'ana@example', 'a'.repeat(40)])(
    'refuses %j as `github`, saying what it takes',
    (github) => {
      const result = roleSchema.safeParse({ ...role, github });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map(({ path, message }) => [path.join('.'), message])).toEqual([
        ['github', 'Expected a GitHub login such as olena-k, a team such as "@acme/shift-managers" or acme/shift-managers, or an e-mail address'],
      ]);
    },
  );

  it('refuses unknown fields', () => {
    expect(issuesOf(roleSchema, { ...role, phone: '123' })).toEqual([{ path: '', code: 'unrecognized_keys' }]);
  });

  it.each([
    ['olena-k', '@olena-k'],
    ['@olena-k', '@olena-k'],
    ['acme/shift-managers', '@acme/shift-managers'],
    ['@acme/shift-managers', '@acme/shift-managers'],
    [' olena@example.com ', 'olena@example.com'],
    ['@olena@example.com', undefined],
    ['olena k', undefined],
  ])('codeOwner(%j) writes %j in CODEOWNERS', (text, owner) => {
    expect(codeOwner(text)).toBe(owner);
  });

  it('keys roles by lower-kebab-case ids', () => {
    expect(rolesFileSchema.safeParse({ 'shift-manager': role }).success).toBe(true);
    expect(rolesFileSchema.safeParse({ Shift_Manager: role }).success).toBe(false);
  });
});

describe('handbook settings', () => {
  const settings = { title: 'Handbook', repository: 'https://github.com/acme/handbook' };

  it('takes an optional `codeowners_fallback` in any form CODEOWNERS takes, and nothing else', () => {
    expect(handbookConfigSchema.parse(settings).codeowners_fallback).toBeUndefined();
    for (const fallback of ['@acme/maintainers', 'acme/maintainers', 'olena-k', 'handbook@acme.example']) {
      expect(handbookConfigSchema.parse({ ...settings, codeowners_fallback: fallback }).codeowners_fallback).toBe(fallback);
    }
    expect(issuesOf(handbookConfigSchema, { ...settings, codeowners_fallback: 'the maintainers' })).toEqual([{ path: 'codeowners_fallback', code: 'custom' }]);
  });
});
