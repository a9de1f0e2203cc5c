import { readToken } from '../auth/session';
import { postGraphQL } from '../data/graphql-request';
import type { PostureSummaryQuery } from '../gql/graphql';
import { CHOSEN_TENANT_KEY } from '../tenant/chosen-tenant';
import { PostureSummaryQuery as Query } from './queries';

interface Prefetched {
  key: string;
  result: Promise<PostureSummaryQuery>;
}

let prefetched: Prefetched | undefined;

const keyOf = (tenantId: string | null) => `${readToken() ?? ''}|${tenantId ?? ''}`;

/**
 * Asks for the home page's score as soon as the session exists (the login answer), while the
 * app renders its layout: the score does not wait for the page to mount. Used once.
 */
export function prefetchPostureSummary(): void {
  let tenantId: string | null = null;
  try {
    tenantId = localStorage.getItem(CHOSEN_TENANT_KEY);
  } catch {
    // no storage: the server's first tenant
  }
  if (tenantId === 'ALL') return;
  const result = postGraphQL(Query, { tenantId });
  result.catch(() => undefined); // the page asks again and shows its own error
  prefetched = { key: keyOf(tenantId), result };
}

/** The prefetched answer for this tenant and session, once; undefined otherwise. */
export function takePrefetchedSummary(
  tenantId: string | null,
): Promise<PostureSummaryQuery> | undefined {
  const p = prefetched;
  prefetched = undefined;
  return p && p.key === keyOf(tenantId) ? p.result : undefined;
}
