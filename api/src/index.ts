export { startServer } from './server.js';
export { loadConfig, type AppConfig } from './config.js';
export { resolveDatabase } from './bootstrap/database.js';
export { GRAPHQL_LIMITS, graphqlProtection } from './graphql/limits.js';
export { SECURITY_HEADERS } from './server.js';
export { LoginThrottle } from './auth/login-throttle.js';
export {
  LOCAL_COUNTING_MIN_LIMIT,
  RateLimitStore,
  RequestRateLimit,
  type RateLimits,
} from './auth/rate-limit.js';
export { DEFAULT_STRING_CHARS, MAX_LIST_ITEMS, STRING_LIMITS } from './graphql/input-limits.js';
export { RESOLVERS } from './graphql/resolvers.js';
export { operationRules, type OperationRule } from './auth/operations.js';
export { MIN_COMPRESS_BYTES } from './web-assets.js';
export { AuthRepository } from './auth/auth.repository.js';
export {
  CHANGE_CACHE_MAX,
  CHANGE_CACHE_TTL_MS,
  CHANGE_CHANNEL,
  CHANGE_LISTENER_NAME,
  ChangeCache,
  CREDENTIAL_TABLES,
} from './auth/change-cache.js';
