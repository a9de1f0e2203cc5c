import { graphql } from '../gql';

export const PostureSummaryQuery = graphql(`
  query PostureSummary($tenantId: ID) {
    postureSummary(tenantId: $tenantId) {
      tenantId
      tenantName
      score
      scoredAt
      scoreDayAgo
      scoreWeekAgo
      statusCounts {
        status
        count
      }
    }
  }
`);

export const TenantPostureOverviewQuery = graphql(`
  query TenantPostureOverview {
    tenantPostureOverview {
      tenantId
      name
      score
      scoredAt
      failing
      openAlerts
    }
  }
`);

export const LegacySignInsPerDayQuery = graphql(`
  query LegacySignInsPerDay($filter: SignInDayFilterInput) {
    signInsPerDay(filter: $filter) {
      day
      protocol
      success
      count
    }
  }
`);
