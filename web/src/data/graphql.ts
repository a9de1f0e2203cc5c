/** Same origin as the dashboard: the API serves both. */
export const GRAPHQL_URI = '/graphql';
