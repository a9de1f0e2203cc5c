import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorHandle } from '../emulator.js';
import {
  FIXED_NOW,
  get,
  getAll,
  GRAPH_SCOPE,
  startTestEmulator,
  token,
  type GraphPage,
} from '../testing/helpers.js';

interface Group {
  id: string;
  displayName: string;
}
interface Member {
  '@odata.type': string;
  id: string;
  userPrincipalName?: string;
  displayName: string;
}
interface Policy {
  id: string;
  displayName: string;
  state: string;
  conditions: {
    clientAppTypes: string[];
    users: { includeUsers: string[]; excludeGroups: string[] };
    applications: { includeApplications: string[] };
  };
  grantControls: { builtInControls: string[] };
}

describe('Graph directory endpoints', () => {
  let em: EmulatorHandle;
  let graph: string;
  let now = FIXED_NOW;

  beforeAll(async () => {
    em = await startTestEmulator({
      users: 200,
      now: () => now,
      startedAt: FIXED_NOW,
      daySeconds: 60,
    });
    graph = await token(em, GRAPH_SCOPE);
  });
  afterAll(() => em.stop());

  it('pages /users with nextLink and returns Graph default properties', async () => {
    const { items, pages } = await getAll<Record<string, unknown>>(
      `${em.url}/v1.0/users?$top=50`,
      graph,
    );
    expect(pages).toBe(4);
    expect(items.length).toBe(200);
    expect(new Set(items.map((u) => u.id)).size).toBe(200);
    expect(Object.keys(items[10] ?? {}).sort()).toEqual(
      [
        'businessPhones',
        'displayName',
        'givenName',
        'id',
        'jobTitle',
        'mail',
        'mobilePhone',
        'officeLocation',
        'preferredLanguage',
        'surname',
        'userPrincipalName',
      ].sort(),
    );
    const upns = items.map((u) => String(u.userPrincipalName));
    expect(upns.some((u) => u !== u.toLowerCase())).toBe(true);
    const selected = (await (
      await get(`${em.url}/v1.0/users?$select=id,userPrincipalName,accountEnabled&$top=1`, graph)
    ).json()) as GraphPage;
    expect(Object.keys(selected.value[0] ?? {})).toEqual([
      'id',
      'userPrincipalName',
      'accountEnabled',
    ]);
    expect(selected['@odata.context']).toContain('users(id,userPrincipalName,accountEnabled)');
    expect((await get(`${em.url}/v1.0/users?$select=nope`, graph)).status).toBe(400);
  });

  it('lists the rollout waves as groups, with nested groups marked by @odata.type', async () => {
    const groups = (await (await get(`${em.url}/v1.0/groups`, graph)).json()) as GraphPage<Group>;
    const names = groups.value.map((g) => g.displayName);
    for (const n of ['Pilot wave 1', 'Wave 2', 'Wave 3', 'Emergency access accounts'])
      expect(names).toContain(n);
    const wave3 = groups.value.find((g) => g.displayName === 'Wave 3') as Group;
    const members = await getAll<Member>(`${em.url}/v1.0/groups/${wave3.id}/members?$top=7`, graph);
    expect(members.pages).toBeGreaterThan(1);
    const nested = members.items.filter((m) => m['@odata.type'] === '#microsoft.graph.group');
    expect(nested.map((m) => m.displayName)).toEqual(['Wave 3 - Field staff']);
    expect(
      members.items.filter((m) => m['@odata.type'] === '#microsoft.graph.user').length,
    ).toBeGreaterThan(0);
    const transitive = await getAll<Member>(
      `${em.url}/v1.0/groups/${wave3.id}/transitiveMembers`,
      graph,
    );
    expect(transitive.items.length).toBeGreaterThan(members.items.length);
    expect(
      (await get(`${em.url}/v1.0/groups/00000000-0000-0000-0000-000000000000/members`, graph))
        .status,
    ).toBe(404);
  });

  it('grows the pilot group on the pilotMemberAdded day', async () => {
    const groups = (await (await get(`${em.url}/v1.0/groups`, graph)).json()) as GraphPage<Group>;
    const pilot = groups.value.find((g) => g.displayName === 'Pilot wave 1') as Group;
    const before = await getAll<Member>(`${em.url}/v1.0/groups/${pilot.id}/members`, graph);
    now = FIXED_NOW + 2.5 * 60_000;
    try {
      const after = await getAll<Member>(`${em.url}/v1.0/groups/${pilot.id}/members`, graph);
      expect(after.items.length).toBe(before.items.length + 3);
    } finally {
      now = FIXED_NOW;
    }
  });

  it('serves the Conditional Access policies, and flips block-legacy to report-only on its day', async () => {
    const res = (await (
      await get(`${em.url}/v1.0/identity/conditionalAccess/policies`, graph)
    ).json()) as GraphPage<Policy>;
    expect(res.value.length).toBe(5);
    const groups = (await (await get(`${em.url}/v1.0/groups`, graph)).json()) as GraphPage<Group>;
    const breakGlass = groups.value.find((g) => g.displayName === 'Emergency access accounts')?.id;
    const block = res.value.find((p) => p.displayName.includes('Block legacy')) as Policy;
    expect(block.state).toBe('enabled');
    expect(block.conditions.clientAppTypes).toEqual(['exchangeActiveSync', 'other']);
    expect(block.conditions.users.includeUsers).toEqual(['All']);
    expect(block.grantControls.builtInControls).toEqual(['block']);
    for (const p of res.value) expect(p.conditions.users.excludeGroups).toContain(breakGlass);
    const mfa = res.value.find((p) => p.grantControls.builtInControls.includes('mfa')) as Policy;
    expect(mfa.conditions.applications.includeApplications).toEqual([
      '00000002-0000-0ff1-ce00-000000000000',
    ]);

    now = FIXED_NOW + 6.5 * 60_000;
    try {
      const later = (await (
        await get(`${em.url}/v1.0/identity/conditionalAccess/policies`, graph)
      ).json()) as GraphPage<Policy>;
      expect(later.value.find((p) => p.id === block.id)?.state).toBe(
        'enabledForReportingButNotEnforced',
      );
    } finally {
      now = FIXED_NOW;
    }
  });

  it('serves named locations, authentication strengths and Security Defaults', async () => {
    const locations = (await (
      await get(`${em.url}/v1.0/identity/conditionalAccess/namedLocations`, graph)
    ).json()) as GraphPage<{ '@odata.type': string; displayName: string; isTrusted?: boolean }>;
    expect(locations.value.map((l) => [l['@odata.type'], l.displayName, l.isTrusted])).toEqual([
      ['#microsoft.graph.ipNamedLocation', 'Head office', true],
      ['#microsoft.graph.ipNamedLocation', 'Branch offices', false],
      ['#microsoft.graph.countryNamedLocation', 'Approved countries', undefined],
    ]);
    const strengths = (await (
      await get(`${em.url}/v1.0/identity/conditionalAccess/authenticationStrength/policies`, graph)
    ).json()) as GraphPage<{ id: string; policyType: string; allowedCombinations: string[] }>;
    expect(strengths.value.map((s) => s.policyType)).toEqual([
      'builtIn',
      'builtIn',
      'builtIn',
      'custom',
    ]);
    expect(strengths.value[2]?.allowedCombinations).toEqual([
      'windowsHelloForBusiness',
      'fido2',
      'x509CertificateMultiFactor',
    ]);
    const sd = (await (
      await get(`${em.url}/v1.0/policies/identitySecurityDefaultsEnforcementPolicy`, graph)
    ).json()) as { id: string; isEnabled: boolean };
    expect(sd).toMatchObject({ id: '00000000-0000-0000-0000-000000000005', isEnabled: false });
  });

  it('excludes trusted locations from the MFA policy on the regression day, and repairs it the next', async () => {
    const mfaLocations = async (day: number) => {
      now = FIXED_NOW + day * 60_000;
      try {
        const res = (await (
          await get(`${em.url}/v1.0/identity/conditionalAccess/policies`, graph)
        ).json()) as GraphPage<Policy & { conditions: { locations: unknown } }>;
        return res.value.find((p) => p.displayName.startsWith('CA002'))?.conditions.locations;
      } finally {
        now = FIXED_NOW;
      }
    };
    expect(await mfaLocations(7.5)).toBeNull();
    expect(await mfaLocations(8.5)).toEqual({
      includeLocations: ['All'],
      excludeLocations: ['AllTrusted'],
    });
    expect(await mfaLocations(9.5)).toBeNull();
  });
});
