import { z } from 'zod';
import type { TenantSettingsView } from '../checks/types.js';
import { formatPath, InvalidInput } from '../errors.js';
import { SNAPSHOT_SOURCES } from '../ingest/snapshot.schema.js';
import { isValidCron } from '../schedule/cron.js';

/** The data sources a tenant can declare (snapshot sources plus sign-ins). */
export const SOURCES = [...SNAPSHOT_SOURCES, 'signIns'] as const;

/** Tenant settings as stored (tenants.settings JSON); every field has a default. */
export const tenantSettingsSchema = z.strictObject({
  checkSchedule: z
    .string()
    .regex(/^\S+( \S+){4,5}$/, 'must be a cron expression of 5 or 6 fields')
    .refine(isValidCron, 'is not a valid cron expression')
    .default('0 * * * *'),
  signInLookbackDays: z.number().int().min(1).max(90).default(7),
  deviceLookbackDays: z.number().int().min(1).max(365).default(30),
  pilotCoverageThreshold: z.number().min(0).max(1).default(0.95),
  legacyAttemptRiseThreshold: z.number().min(0).max(100).default(0.5),
  emergencyAccessAccounts: z.array(z.string().min(1)).max(50).default([]),
  declaredSources: z.array(z.enum(SOURCES)).default([]),
  maxSourceAgeHours: z
    .number()
    .min(1)
    .max(24 * 30)
    .default(48),
  /** Sign-ins older than this are refused at ingestion and pruned. */
  signInRetentionDays: z.number().int().min(7).max(3650).default(90),
});

export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export const DEFAULT_TENANT_SETTINGS: TenantSettings = tenantSettingsSchema.parse({});

/** Parses stored or submitted settings, naming every bad key. */
export function parseTenantSettings(value: unknown): TenantSettings {
  const res = tenantSettingsSchema.safeParse(value ?? {});
  if (!res.success) {
    const problems = res.error.issues.map((i) => ({
      path: formatPath(['settings', ...i.path]),
      reason: i.message,
    }));
    throw new InvalidInput(
      `invalid tenant settings: ${problems.map((p) => `${p.path}: ${p.reason}`).join('; ')}`,
      problems,
    );
  }
  return res.data;
}

export function settingsView(s: TenantSettings): TenantSettingsView {
  return {
    signInLookbackDays: s.signInLookbackDays,
    deviceLookbackDays: s.deviceLookbackDays,
    pilotCoverageThreshold: s.pilotCoverageThreshold,
    legacyAttemptRiseThreshold: s.legacyAttemptRiseThreshold,
    emergencyAccessAccounts: s.emergencyAccessAccounts,
    declaredSources: s.declaredSources,
    maxSourceAgeHours: s.maxSourceAgeHours,
  };
}
