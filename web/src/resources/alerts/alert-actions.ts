import { graphql } from '../../gql';

/** What people do to alerts: every listed alert changes, or none (the server's rule). */
export const AcknowledgeAlertsMutation = graphql(`
  mutation AcknowledgeAlerts($ids: [ID!]!, $comment: String) {
    acknowledgeAlerts(ids: $ids, comment: $comment) {
      id
      state
    }
  }
`);

export const ResolveAlertsMutation = graphql(`
  mutation ResolveAlerts($ids: [ID!]!, $comment: String!) {
    resolveAlerts(ids: $ids, comment: $comment) {
      id
      state
    }
  }
`);

export type AlertAction = 'acknowledge' | 'resolve';

/** The states each action starts from (the server refuses the rest with CONFLICT). */
export const ACTION_FROM: Record<AlertAction, readonly string[]> = {
  acknowledge: ['OPEN'],
  resolve: ['OPEN', 'ACKNOWLEDGED'],
};
