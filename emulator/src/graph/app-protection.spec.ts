import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorHandle } from '../emulator.js';
import {
  FIXED_NOW,
  get,
  GRAPH_SCOPE,
  startTestEmulator,
  token,
  type GraphPage,
} from '../testing/helpers.js';

interface Protection {
  '@odata.type': string;
  id: string;
  displayName: string;
  apps?: Array<{ mobileAppIdentifier: Record<string, string> }>;
  assignments?: Array<{ '@odata.type': string; target: Record<string, string> }>;
}

describe('Intune app protection policies (Graph deviceAppManagement)', () => {
  let em: EmulatorHandle;
  let graph: string;
  let now = FIXED_NOW;

  beforeAll(async () => {
    em = await startTestEmulator({
      users: 100,
      now: () => now,
      startedAt: FIXED_NOW,
      daySeconds: 60,
    });
    graph = await token(em, GRAPH_SCOPE);
  });
  afterAll(() => em.stop());

  const list = async (platform: 'ios' | 'android', day: number, query = '') => {
    now = FIXED_NOW + day * 60_000;
    try {
      const res = await get(
        `${em.url}/v1.0/deviceAppManagement/${platform}ManagedAppProtections${query}`,
        graph,
      );
      expect(res.status).toBe(200);
      return ((await res.json()) as GraphPage<Protection>).value;
    } finally {
      now = FIXED_NOW;
    }
  };
  const groupId = async (name: string) => {
    const groups = (await (await get(`${em.url}/v1.0/groups`, graph)).json()) as GraphPage<{
      id: string;
      displayName: string;
    }>;
    return groups.value.find((g) => g.displayName === name)?.id;
  };

  it('expands apps and assignments in Graph shapes: Outlook, all licensed users, the emergency-access group excluded', async () => {
    const [ios] = await list('ios', 0.5, '?$expand=apps,assignments');
    expect(ios?.['@odata.type']).toBe('#microsoft.graph.iosManagedAppProtection');
    expect(ios?.apps?.[0]?.mobileAppIdentifier).toEqual({
      '@odata.type': '#microsoft.graph.iosMobileAppIdentifier',
      bundleId: 'com.microsoft.Office.Outlook',
    });
    expect(ios?.assignments?.map((a) => a.target)).toEqual([
      { '@odata.type': '#microsoft.graph.allLicensedUsersAssignmentTarget' },
      {
        '@odata.type': '#microsoft.graph.exclusionGroupAssignmentTarget',
        groupId: await groupId('Emergency access accounts'),
      },
    ]);
    expect(ios?.assignments?.[0]?.['@odata.type']).toBe(
      '#microsoft.graph.targetedManagedAppPolicyAssignment',
    );
    const [android] = await list('android', 0.5, '?$expand=apps,assignments');
    expect(android?.apps?.[0]?.mobileAppIdentifier).toEqual({
      '@odata.type': '#microsoft.graph.androidMobileAppIdentifier',
      packageId: 'com.microsoft.office.outlook',
    });
  });

  it('returns navigation properties only when expanded, and refuses an unknown $expand', async () => {
    const [plain] = await list('ios', 0.5);
    expect(plain).not.toHaveProperty('apps');
    expect(plain).not.toHaveProperty('assignments');
    const [appsOnly] = await list('android', 0.5, '?$expand=apps');
    expect(appsOnly?.apps?.length).toBe(5);
    expect(appsOnly).not.toHaveProperty('assignments');
    const bad = await get(
      `${em.url}/v1.0/deviceAppManagement/iosManagedAppProtections?$expand=deploymentStatus`,
      graph,
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/deploymentStatus/);
  });

  it('narrows Android to the pilot group on day 11 and takes Outlook out of iOS on day 12, both repaired on day 13', async () => {
    const targets = async (day: number) =>
      (await list('android', day, '?$expand=assignments'))[0]?.assignments?.map((a) => a.target);
    const bundles = async (day: number) =>
      (await list('ios', day, '?$expand=apps'))[0]?.apps?.map(
        (a) => a.mobileAppIdentifier.bundleId,
      );
    expect(await targets(11.5)).toEqual([
      {
        '@odata.type': '#microsoft.graph.groupAssignmentTarget',
        groupId: await groupId('Pilot wave 1'),
      },
    ]);
    expect(await bundles(11.5)).toContain('com.microsoft.Office.Outlook');
    expect(await bundles(12.5)).not.toContain('com.microsoft.Office.Outlook');
    expect(await bundles(13.5)).toContain('com.microsoft.Office.Outlook');
    expect((await targets(13.5))?.[0]).toEqual({
      '@odata.type': '#microsoft.graph.allLicensedUsersAssignmentTarget',
    });
  });

  it('needs DeviceManagementApps.Read.All', async () => {
    const narrow = await startTestEmulator({
      users: 100,
      graphRoles: ['Policy.Read.All', 'User.Read.All'],
    });
    try {
      const t = await token(narrow, GRAPH_SCOPE);
      const res = await get(
        `${narrow.url}/v1.0/deviceAppManagement/androidManagedAppProtections`,
        t,
      );
      expect(res.status).toBe(403);
    } finally {
      await narrow.stop();
    }
  });
});
