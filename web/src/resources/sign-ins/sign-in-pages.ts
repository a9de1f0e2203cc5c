import type { GetListParams, GetListResult } from 'react-admin';
import { postGraphQL } from '../../data/graphql-request';
import { graphql } from '../../gql';

/**
 * The sign-in list's pages. Sign-ins run to millions, so the server reads the page after a
 * known row by a keyset seek (`after`, the previous page's last `cursor`) instead of skipping
 * rows; the count beyond 10,000 is PostgreSQL's estimate, said so by `isEstimate` (the list's
 * pagination then reads "about …").
 */
const SignInPage = graphql(`
  query SignInPage(
    $page: Int
    $perPage: Int
    $sortField: String
    $sortOrder: String
    $filter: SignInFilterInput
    $after: String
  ) {
    items: allSignIns(
      page: $page
      perPage: $perPage
      sortField: $sortField
      sortOrder: $sortOrder
      filter: $filter
      after: $after
    ) {
      id
      tenantId
      createdAt
      cursor
      userPrincipalName
      appDisplayName
      resourceDisplayName
      clientAppUsed
      isLegacy
      isExchange
      success
      errorCode
      isInteractive
      authenticationRequirement
      conditionalAccessStatus
      operatingSystem
      ipAddress
      userAgent
    }
    total: _allSignInsMeta(filter: $filter) {
      count
      isEstimate
    }
  }
`);

/** The last row's cursor of each page read, per filter, sort and page size (pages from 1). */
const cursors = new Map<string, Map<number, string>>();
const MAX_LISTS = 20;

function listKey(params: GetListParams): string {
  return JSON.stringify([params.filter ?? {}, params.sort ?? null, params.pagination?.perPage]);
}

/** The cursor a page starts after, when the page before it was read with the same list. */
export function cursorBefore(params: GetListParams): string | null {
  const page = params.pagination?.page ?? 1;
  return cursors.get(listKey(params))?.get(page - 1) ?? null;
}

export function rememberCursor(params: GetListParams, cursor: string | undefined): void {
  if (!cursor) return;
  const key = listKey(params);
  let pages = cursors.get(key);
  if (!pages) {
    if (cursors.size >= MAX_LISTS) cursors.delete(cursors.keys().next().value!);
    pages = new Map();
    cursors.set(key, pages);
  }
  pages.set(params.pagination?.page ?? 1, cursor);
}

/** Forgets every remembered boundary (new sign-ins shift the pages: after a refresh, say). */
export function forgetCursors(): void {
  cursors.clear();
}

export async function signInPage(params: GetListParams): Promise<GetListResult> {
  const page = params.pagination?.page ?? 1;
  const perPage = params.pagination?.perPage ?? 25;
  const data = await postGraphQL(
    SignInPage,
    {
      page: page - 1,
      perPage,
      sortField: params.sort?.field ?? null,
      sortOrder: params.sort?.order ?? null,
      filter: params.filter ?? {},
      after: cursorBefore(params),
    },
    params.signal,
  );
  rememberCursor(params, data.items.at(-1)?.cursor);
  return {
    data: data.items,
    total: data.total.count,
    meta: { isEstimate: data.total.isEstimate },
  };
}
