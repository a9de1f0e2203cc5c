import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { ALL_TENANTS, Db, rotateSecrets } from '@posture/jobs';
import type { Role } from '@posture/prisma';
import { AuditService } from './audit/audit.service.js';
import { AuthRepository } from './auth/auth.repository.js';
import { ChangeCache } from './auth/change-cache.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { RateLimitStore } from './auth/rate-limit.js';
import { AuthService } from './auth/auth.service.js';
import { UsersService } from './auth/users.service.js';
import { resolveDatabase } from './bootstrap/database.js';
import { resolveSecretKey } from './bootstrap/secret-key.js';
import { ConfigError, loadConfig } from './config.js';

const USAGE = `usage:
  posture token create --name NAME --role VIEWER|ANALYST|ADMIN|COLLECTOR [--tenant ID]...
  posture user create --email EMAIL --role VIEWER|ANALYST|ADMIN [--tenant ID]... --password-stdin
  posture user role --email EMAIL --role VIEWER|ANALYST|ADMIN [--tenant ID]... [--all-tenants]
  posture user disable|enable --email EMAIL
  posture secrets rotate   (POSTURE_SECRET_KEY=new key, POSTURE_SECRET_KEY_PREVIOUS=old key)`;

class UsageError extends Error {}

function parseFlags(args: string[]): Map<string, string[]> {
  const flags = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) throw new UsageError(`unexpected argument ${a}`);
    const name = a.slice(2);
    if (name === 'password-stdin' || name === 'all-tenants') {
      flags.set(name, ['']);
      continue;
    }
    const value = args[++i];
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`--${name} needs a value`);
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return flags;
}

function one(flags: Map<string, string[]>, name: string): string {
  const v = flags.get(name);
  if (!v?.[0]) throw new UsageError(`--${name} is required`);
  return v[0];
}

/**
 * Re-encrypts every stored secret from POSTURE_SECRET_KEY_PREVIOUS to POSTURE_SECRET_KEY
 * (docs/api.md, "Rotating POSTURE_SECRET_KEY"), audited like every CLI action.
 */
async function rotate(): Promise<void> {
  const config = loadConfig();
  const key = resolveSecretKey(config);
  if (!config.previousSecretKey)
    throw new UsageError(
      'POSTURE_SECRET_KEY_PREVIOUS must hold the old key, POSTURE_SECRET_KEY the new one',
    );
  if (config.previousSecretKey.equals(key))
    throw new UsageError('POSTURE_SECRET_KEY_PREVIOUS and POSTURE_SECRET_KEY are the same key');
  const resolved = await resolveDatabase(config, () => {});
  const db = new Db(resolved.url);
  const audit = new AuditService(db);
  const actor = `cli:${userInfo().username}`;
  try {
    const r = await rotateSecrets(db, config.previousSecretKey, key).catch(async (err: unknown) => {
      const error = err instanceof Error ? err.message : String(err);
      await audit.record({ actor, action: 'cli:secrets rotate', outcome: 'FAILED', error });
      throw err;
    });
    await audit.record({
      actor,
      action: 'cli:secrets rotate',
      outcome: 'SUCCEEDED',
      args: { ...r },
    });
    console.log(
      `re-encrypted ${r.reencrypted} secret(s) under the new key (${r.alreadyRotated} were already); ` +
        'keep POSTURE_SECRET_KEY_PREVIOUS set until every API token has been used once, then remove it',
    );
  } finally {
    await db.close();
    await resolved.stop();
  }
}

async function main(argv: string[]): Promise<void> {
  const [noun, verb, ...rest] = argv;
  if (noun === 'secrets' && verb === 'rotate' && rest.length === 0) return rotate();
  const known = noun === 'token' ? ['create'] : ['create', 'role', 'disable', 'enable'];
  if (!noun || !verb || !['token', 'user'].includes(noun) || !known.includes(verb))
    throw new UsageError('unknown command');
  const flags = parseFlags(rest);
  const config = loadConfig();
  const key = resolveSecretKey(config);
  const resolved = await resolveDatabase(config, () => {});
  const db = new Db(resolved.url);
  // Never listening (onModuleInit is not called), so it caches nothing: each command reads once.
  const credentials = new ChangeCache(db);
  try {
    const auth = new AuthService(
      new AuthRepository(db, credentials),
      new LoginThrottle(new RateLimitStore(db)),
      key,
      config.sessionTtlHours,
    );
    const audit = new AuditService(db);
    // Who ran it: the operating-system account, since the CLI has no token of its own.
    const actor = `cli:${userInfo().username}`;
    const action = `cli:${noun} ${verb}`;
    const args = {
      name: flags.get('name')?.[0],
      email: flags.get('email')?.[0],
      role: flags.get('role')?.[0],
      tenantIds: flags.get('tenant') ?? [],
    };
    const recorded = <T extends { id: string }>(work: Promise<T>): Promise<T> =>
      work.then(
        async (r) => {
          await audit.record({ actor, action, outcome: 'SUCCEEDED', targetId: r.id, args });
          return r;
        },
        async (err: unknown) => {
          const error = err instanceof Error ? err.message : String(err);
          await audit.record({ actor, action, outcome: 'FAILED', args, error });
          throw err;
        },
      );
    if (noun === 'token') {
      const { token, record } = await recorded(
        auth
          .createToken({
            name: one(flags, 'name'),
            role: one(flags, 'role').toUpperCase(),
            tenantIds: flags.get('tenant') ?? [],
            createdBy: 'cli',
          })
          .then((made) => ({ ...made, id: made.record.id })),
      );
      console.log(
        `created ${record.role} token "${record.name}" (${record.id}); it is shown once, store it now:`,
      );
      console.log(token);
    } else if (verb !== 'create') {
      // The CLI is the operator of the installation: every tenant, and no user of its own.
      const users = new UsersService(db, auth, credentials);
      const operator = { scope: ALL_TENANTS, userId: null };
      const target = await users.byEmail(one(flags, 'email'));
      const tenantIds = flags.has('all-tenants') ? [] : (flags.get('tenant') ?? null);
      const user = await recorded(
        verb === 'role'
          ? users.update(operator, target.id, {
              role: one(flags, 'role').toUpperCase() as Role,
              tenantIds,
            })
          : users.setActive(operator, target.id, verb === 'enable'),
      );
      console.log(
        `${user.email}: ${user.role}, ${user.tenantIds.length ? `tenants ${user.tenantIds.join(', ')}` : 'every tenant'}, ${user.active ? 'active' : 'disabled'}`,
      );
    } else {
      if (!flags.has('password-stdin'))
        throw new UsageError(
          '--password-stdin is required (passwords never go on the command line)',
        );
      const password = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
      const { user } = await recorded(
        auth
          .createUser({
            email: one(flags, 'email'),
            role: one(flags, 'role').toUpperCase(),
            password,
            tenantIds: flags.get('tenant') ?? [],
          })
          .then((made) => ({ ...made, id: made.user.id })),
      );
      console.log(`created ${user.role} user ${user.email} (${user.id})`);
    }
  } finally {
    await db.close();
    await resolved.stop();
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError) console.error(`${err.message}\n${USAGE}`);
  else if (err instanceof ConfigError) console.error(err.message);
  else console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
