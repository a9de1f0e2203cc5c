import type { RolloutWave } from '../../posture/records';

type WaveOrder = Pick<RolloutWave, 'id' | 'tenantId' | 'order' | 'plannedAt'>;

const time = (iso: string | null) => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? Number.MAX_SAFE_INTEGER : t;
};

/**
 * The pilot of each tenant: its wave with the lowest `order` (docs/api.md, RolloutWave),
 * ties broken as the checks break them (jobs `pilotWave`): earlier `plannedAt`, undated last,
 * then id. Returns the pilot wave ids.
 */
export function pilotWaveIds(waves: readonly WaveOrder[]): Set<string> {
  const pilots = new Map<string, WaveOrder>();
  for (const wave of waves) {
    const current = pilots.get(wave.tenantId);
    if (!current || compareWaves(wave, current) < 0) pilots.set(wave.tenantId, wave);
  }
  return new Set([...pilots.values()].map((wave) => wave.id));
}

function compareWaves(a: WaveOrder, b: WaveOrder): number {
  return a.order - b.order || time(a.plannedAt) - time(b.plannedAt) || a.id.localeCompare(b.id);
}
