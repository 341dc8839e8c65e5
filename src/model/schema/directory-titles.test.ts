import { describe, expect, it } from 'vitest';
import { categorySchema, roleSchema } from './index.ts';

const role = { title: 'Usher', holder: 'Jamal Okafor', contact: '+44 20 7946 0111' };
const category = { title: 'Cloakroom', description: 'Coats and bags.' };

describe('titles in other languages on roles and categories', () => {
  it('takes a title per language, and a description per language for a category', () => {
    expect(roleSchema.parse({ ...role, titles: { uk: 'Білетер', ru: 'Билетёр' } }).titles).toEqual({ uk: 'Білетер', ru: 'Билетёр' });
    const parsed = categorySchema.parse({ ...category, titles: { uk: 'Гардероб' }, descriptions: { uk: 'Одяг і сумки.' } });
    expect(parsed.descriptions).toEqual({ uk: 'Одяг і сумки.' });
  });

  it('needs neither', () => {
    expect(roleSchema.parse(role).titles).toBeUndefined();
    expect(categorySchema.parse(category).titles).toBeUndefined();
  });

  it('refuses a key that is not a language code, and an empty title', () => {
    const badKey = roleSchema.safeParse({ ...role, titles: { Ukrainian: 'Білетер' } });
    expect(badKey.success).toBe(false);
    expect(badKey.error?.issues[0]).toMatchObject({ path: ['titles', 'Ukrainian'], issues: [{ message: 'Expected a two-letter language code such as uk' }] });
    const empty = categorySchema.safeParse({ ...category, titles: { uk: ' ' } });
    expect(empty.error?.issues[0]).toMatchObject({ path: ['titles', 'uk'], message: 'Expected the category title in this language, found nothing' });
  });
});
