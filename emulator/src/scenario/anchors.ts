import { stableGuid } from './prng.js';

/** The on-premises Active Directory objectGUID of a scenario user (Get-User `Guid` on-premises). */
export function onPremObjectGuid(seed: number | string, index: number): string {
  return stableGuid(seed, 'onprem-user', index);
}

/**
 * Entra's onPremisesImmutableId of a synchronised user: by default (sourceAnchor objectGUID, or
 * ms-DS-ConsistencyGuid seeded from it) the base64 of the objectGUID's bytes in .NET order
 * (Guid.ToByteArray: the first three fields little-endian). Microsoft Entra Connect: Design
 * concepts, https://learn.microsoft.com/en-us/entra/identity/hybrid/connect/plan-connect-design-concepts
 */
export function immutableIdOf(guid: string): string {
  const h = guid.replace(/-/g, '');
  const bytes = (s: string) => (s.match(/../g) ?? []).map((b) => parseInt(b, 16));
  return Buffer.from([
    ...bytes(h.slice(0, 8)).reverse(),
    ...bytes(h.slice(8, 12)).reverse(),
    ...bytes(h.slice(12, 16)).reverse(),
    ...bytes(h.slice(16)),
  ]).toString('base64');
}
