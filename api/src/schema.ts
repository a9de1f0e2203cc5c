import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printGraphQLSchema } from './graphql/schema-file.js';

// `node dist/schema.js FILE` prints the schema to FILE: npm run build writes dist/schema.graphql,
// npm run schema the checked-in schema.graphql (a test fails when that one is stale).
const out = process.argv[2];
if (!out) {
  console.error('usage: node dist/schema.js FILE');
  process.exit(2);
}
printGraphQLSchema().then(
  (sdl) => writeFileSync(out, sdl),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
