const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One page of a list, as the dashboard asks for it (react-admin's page, perPage, sort). */
export interface ListArgs {
  page: number;
  perPage: number;
  sortField?: string | null;
  sortOrder?: string | null;
  /**
   * Where a keyset-paged list (sign-ins) resumes: the `cursor` of the previous page's last row.
   * With it the page is a seek on the sort key; `page` is then only the page's number.
   */
  after?: string | null;
}

/** Ids are UUIDs; anything else names nothing (and must not reach a uuid column). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
