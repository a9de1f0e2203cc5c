#!/bin/sh
# Prisma's native schema engine is not shipped in any npm package and cannot be downloaded
# here. `prisma generate` does not need it; anything that does must fail loudly, never
# silently succeed. Migrations are applied by src/migrate.ts instead.
echo "posture: the native Prisma schema engine is not available; use 'npm run db:diff' and the app's migrator" >&2
exit 1
