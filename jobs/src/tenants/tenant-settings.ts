import { z } from 'zod';
import type { TenantSettingsView } from '../checks/types.js';
import { formatPath, InvalidInput } from '../errors.js';
import { SNAPSHOT_SOURCES } from '../ingest/snapshot.schema.js';
import { isValidCron } from '../schedule/cron.js';

/** The data sources a tenant can declare (snapshot sources plus sign-ins). */
export const SOURCES = [...SNAPSHOT_SOURCES, 'signIns'] as const;

/**
 * Client apps allowed to reach Exchange Online from iOS and Android (SIGNIN.UNAPPROVED_EAS_CLIENTS),
 * by Entra application (client) id. The default holds the Microsoft apps that support "Require
 * app protection policy" and whose ids Microsoft publishes:
 * - Outlook for iOS and Android 27922004-5251-4030-b22d-91ecd9a37ea4, Microsoft 365 (Office)
 *   mobile d3590ed6-52b3-4102-aeff-aad2292ab01c, Microsoft Teams 1fec8e78-bce4-4aaf-ab1b-5451cc387264:
 *   "Extend a Teams message extension across Microsoft 365" (client id table),
 *   https://learn.microsoft.com/en-us/microsoftteams/platform/m365-apps/extend-m365-teams-message-extension
 * - those apps among the ones that support app protection policies: "Conditional Access: Grant"
 *   (Require app protection policy), https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-grant
 * Other apps on that list (Edge, OneDrive, Word, …) are left out until their ids are sourced: a
 * tenant adds them here.
 */
export const DEFAULT_APPROVED_MOBILE_APPS = [
  { appId: '27922004-5251-4030-b22d-91ecd9a37ea4', name: 'Outlook for iOS and Android' },
  { appId: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', name: 'Microsoft 365 (Office) mobile' },
  { appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', name: 'Microsoft Teams' },
] as const;

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

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
  approvedMobileAppIds: z
    .array(z.string().regex(GUID, 'must be an application (client) id, a GUID'))
    .max(50)
    .default(DEFAULT_APPROVED_MOBILE_APPS.map((a) => a.appId)),
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
    approvedMobileAppIds: s.approvedMobileAppIds.map((id) => id.toLowerCase()),
    declaredSources: s.declaredSources,
    maxSourceAgeHours: s.maxSourceAgeHours,
  };
}
