import type { SigningKey } from './auth/jwt.js';
import type { EmulatorLogger, EmulatorOptions } from './config.js';
import type { FaultInjector } from './faults/faults.js';
import type { ScenarioClock } from './scenario/clock.js';
import type { SignInGenerator } from './scenario/signin-generator.js';
import type { ScenarioTenant } from './scenario/tenant.js';

/** One served tenant: its scenario and its sign-in stream. */
export interface TenantRuntime {
  tenant: ScenarioTenant;
  signIns: SignInGenerator;
}

/** What every handler may use; built once by startEmulator. */
export interface EmulatorRuntime {
  options: EmulatorOptions;
  clock: ScenarioClock;
  tenants: readonly TenantRuntime[];
  keys: readonly SigningKey[];
  faults: FaultInjector;
  /** HMAC key for $skiptoken values (derived from the seed, so tokens survive a restart). */
  pagingKey: Buffer;
  log: EmulatorLogger;
  findTenant(ref: string): TenantRuntime | undefined;
}
