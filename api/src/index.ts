export { startServer } from './server.js';
export { loadConfig, type AppConfig } from './config.js';
export { resolveDatabase } from './bootstrap/database.js';
