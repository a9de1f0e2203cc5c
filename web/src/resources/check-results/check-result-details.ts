import { graphql } from '../../gql';

/**
 * What the result page shows beyond the record: evidence tables and the remediation's steps, their
 * prose in the user's language.
 */
export const CHECK_RESULT_DETAILS = graphql(`
  query CheckResultDetails($id: ID!, $all: Boolean, $locale: String) {
    CheckResult(id: $id) {
      id
      evidenceTables(all: $all) {
        list
        kind
        columns
        total
        listed
        rows {
          key
          failing
          waived
          cells
          messages {
            code
            params
          }
          user
          device
          policy
        }
      }
      remediationSteps(locale: $locale) {
        text
        command
      }
    }
  }
`);

/** The links of an evidence row: a user to their sign-ins, a device to its page, a policy to its drift. */
export function listUrl(resource: string, filter: Record<string, unknown>): string {
  return `/${resource}?${new URLSearchParams({ filter: JSON.stringify(filter) }).toString()}`;
}
