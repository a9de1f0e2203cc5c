import { graphql } from '../gql';

export const ROLLOUT_PROGRESS = graphql(`
  query RolloutProgress($tenantId: ID!) {
    rolloutProgress(tenantId: $tenantId) {
      tenantId
      capturedAt
      windowFrom
      overall {
        members
        covered
        coverage
        withoutMailbox
        problem
      }
      overallHistory {
        at
        coverage
        covered
        members
      }
      projectedCompletion {
        state
        date
      }
      waves {
        id
        name
        order
        isPilot
        plannedAt
        members
        covered
        coverage
        withoutMailbox
        problem
        readiness {
          userPrincipalName
          mailboxLocation
          covered
          protocols
          clients
          count
          lastSeen
        }
        history {
          at
          coverage
          covered
          members
        }
        projectedCompletion {
          state
          date
        }
      }
    }
  }
`);

export const ENTRA_GROUPS = graphql(`
  query EntraGroups($tenantId: ID!, $q: String) {
    groups(tenantId: $tenantId, q: $q) {
      id
      displayName
    }
  }
`);
