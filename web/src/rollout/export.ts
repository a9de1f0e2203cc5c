import { readToken } from '../auth/session';

/** The server's CSV of every member of a wave (streamed there; saved here as a file). */
export function waveCsvUrl(tenantId: string, waveId: string): string {
  return `/api/v1/tenants/${encodeURIComponent(tenantId)}/rollout/waves/${encodeURIComponent(waveId)}/members.csv`;
}

export async function downloadWaveCsv(tenantId: string, waveId: string): Promise<void> {
  const response = await fetch(waveCsvUrl(tenantId, waveId), {
    headers: { Authorization: `Bearer ${readToken() ?? ''}`, Accept: 'text/csv' },
  });
  if (!response.ok) throw new Error(`export failed: HTTP ${response.status}`);
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
    'wave-members.csv';
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
