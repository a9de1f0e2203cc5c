import { setFlagsFromString } from 'node:v8';

/**
 * The server runs in production mode unless told otherwise. Imported first by main.ts, before any
 * library reads NODE_ENV at load time: graphql-js, for one, checks every `instanceOf` across
 * realms in any other mode, which cost several percent of each GraphQL request's CPU.
 * Nothing else depends on it: Apollo's introspection and stack traces are set explicitly
 * (app.module.ts).
 */
if (!process.env.NODE_ENV) process.env.NODE_ENV = 'production';

/**
 * V8 lets the old generation grow to about twice what survived the last full collection before
 * it collects again. A long push or pull promotes short-lived batch objects there, so the app's
 * resident memory grew with the length of the load (296 MiB after 400,000 sign-ins, 348 MiB
 * after a million) though the live heap stayed at ~55 MiB. Growing by a quarter at most makes
 * the full collections more frequent and keeps the peak flat.
 */
setFlagsFromString('--heap-growing-percent=25');

export {};
