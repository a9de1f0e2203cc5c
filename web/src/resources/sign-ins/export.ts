import { readToken } from '../../auth/session';

/** The server's CSV of every sign-in the list's filter matches (streamed, never cut). */
export function signInsCsvUrl(filter: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) for (const v of value) search.append(key, String(v));
    else search.set(key, String(value));
  }
  const query = search.toString();
  return `/api/v1/sign-ins.csv${query ? `?${query}` : ''}`;
}

export interface ExportProgress {
  received: number;
  total: number | null;
  isEstimate: boolean;
  done: boolean;
}

/** Counts CSV records (line ends outside quotes), across chunks. */
export class CsvRecordCounter {
  private quoted = false;
  records = 0;
  push(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) this.quoted = !this.quoted;
      else if (c === 10 && !this.quoted) this.records++;
    }
  }
}

/**
 * Downloads the CSV while reporting rows received against the server's count (`X-Total-Rows`),
 * then saves it as a file. The header line is not a row.
 */
export async function downloadSignInsCsv(
  filter: Record<string, unknown>,
  onProgress: (p: ExportProgress) => void,
  signal?: AbortSignal,
): Promise<number> {
  const response = await fetch(signInsCsvUrl(filter), {
    headers: { Authorization: `Bearer ${readToken() ?? ''}`, Accept: 'text/csv' },
    signal,
  });
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
  const totalHeader = response.headers.get('x-total-rows');
  const total = totalHeader === null ? null : Number(totalHeader);
  const isEstimate = response.headers.get('x-total-is-estimate') === 'true';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const counter = new CsvRecordCounter();
  const parts: BlobPart[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    counter.push(decoder.decode(value, { stream: true }));
    onProgress({ received: Math.max(0, counter.records - 1), total, isEstimate, done: false });
  }
  const received = Math.max(0, counter.records - 1);
  onProgress({ received, total, isEstimate, done: true });
  const url = URL.createObjectURL(new Blob(parts, { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'sign-ins.csv';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return received;
}
