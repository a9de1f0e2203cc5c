import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorHandle } from '../emulator.js';
import { immutableIdOf } from '../scenario/anchors.js';
import { getAll, GRAPH_SCOPE, startTestEmulator, token } from '../testing/helpers.js';

describe('synchronised users: Entra onPremisesImmutableId is the on-premises objectGUID', () => {
  let em: EmulatorHandle;
  let graph: string;
  beforeAll(async () => {
    em = await startTestEmulator({ users: 100 });
    graph = await token(em, GRAPH_SCOPE);
  });
  afterAll(() => em.stop());

  it('writes the GUID in .NET byte order (Guid.ToByteArray), as Entra Connect does', () => {
    expect(immutableIdOf('00112233-4455-6677-8899-aabbccddeeff')).toBe(
      Buffer.from('33221100554477668899aabbccddeeff', 'hex').toString('base64'),
    );
  });

  it("matches each on-premises Get-User Guid, and never the Entra object id's bytes", async () => {
    const { items } = await getAll<{
      id: string;
      userPrincipalName: string;
      onPremisesImmutableId: string | null;
    }>(`${em.url}/v1.0/users?$select=id,userPrincipalName,onPremisesImmutableId&$top=999`, graph);
    const onPrem = em.onPremisesSnapshot().exchangeOnPremises.users as Array<{
      UserPrincipalName: string;
      Guid: string;
    }>;
    const guidByUpn = new Map(onPrem.map((u) => [u.UserPrincipalName.toLowerCase(), u.Guid]));
    const synced = items.filter((u) => u.onPremisesImmutableId !== null);
    let matched = 0;
    for (const u of synced) {
      const guid = guidByUpn.get(u.userPrincipalName.toLowerCase());
      if (!guid) continue;
      expect(u.onPremisesImmutableId, u.userPrincipalName).toBe(immutableIdOf(guid));
      expect(u.onPremisesImmutableId).not.toBe(
        Buffer.from(u.id.replace(/-/g, ''), 'hex').toString('base64'),
      );
      matched += 1;
    }
    expect(matched).toBeGreaterThan(10);
  });
});
