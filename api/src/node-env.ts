/**
 * The server runs in production mode unless told otherwise. Imported first by main.ts, before any
 * library reads NODE_ENV at load time: graphql-js, for one, checks every `instanceOf` across
 * realms in any other mode, which cost several percent of each GraphQL request's CPU.
 * Nothing else depends on it: Apollo's introspection and stack traces are set explicitly
 * (app.module.ts).
 */
if (!process.env.NODE_ENV) process.env.NODE_ENV = 'production';

export {};
