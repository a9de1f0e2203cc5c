export { startServer } from './server.js';
export { loadConfig, type AppConfig } from './config.js';
export { resolveDatabase } from './bootstrap/database.js';
export { GRAPHQL_LIMITS, graphqlProtection } from './graphql/limits.js';
export { SECURITY_HEADERS } from './server.js';
export { LoginThrottle } from './auth/login-throttle.js';
export { RateLimitStore, RequestRateLimit, type RateLimits } from './auth/rate-limit.js';
