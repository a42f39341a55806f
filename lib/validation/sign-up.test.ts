import { describe, expect, it } from 'vitest';
import { CreateOrganizationInput, organizationSlugProblem, SignUpInput, slugFromName } from './sign-up';

describe('organization slugs', () => {
  it('derives a slug from the organization name', () => {
    expect(slugFromName('Acme Data, Inc.')).toBe('acme-data-inc');
    expect(slugFromName('  Équipe Données  ')).toBe('equipe-donnees');
    expect(slugFromName('a'.repeat(39) + ' b')).toBe('a'.repeat(39));
    expect(slugFromName('!!!')).toBe('');
    expect(slugFromName('New')).toBe('');
  });

  it('says why a slug is refused', () => {
    expect(organizationSlugProblem('acme-2')).toBeNull();
    expect(organizationSlugProblem('')).toBe('Required.');
    expect(organizationSlugProblem('x'.repeat(41))).toBe('Must be at most 40 characters.');
    expect(organizationSlugProblem('Acme')).toMatch(/lower-case/);
    expect(organizationSlugProblem('-acme')).toMatch(/lower-case/);
    expect(organizationSlugProblem('new')).toMatch(/reserved/);
  });

  it('uses the typed slug, or derives one when it is left empty', () => {
    const person = { name: 'Ada', email: 'Ada@Example.com', password: 'a sufficiently long passphrase', organizationName: 'Analytical Engines' };
    expect(SignUpInput.parse({ ...person, organizationSlug: '' })).toMatchObject({ organizationSlug: 'analytical-engines', email: 'ada@example.com' });
    expect(SignUpInput.parse({ ...person, organizationSlug: 'engines' }).organizationSlug).toBe('engines');
    const bad = CreateOrganizationInput.safeParse({ organizationName: 'X', organizationSlug: 'Not A Slug' });
    expect(bad.error?.issues[0]).toMatchObject({ path: ['organizationSlug'], message: expect.stringMatching(/lower-case/) });
  });
});
