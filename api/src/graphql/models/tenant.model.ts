import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { TenantSettings } from '@posture/jobs';
import { DataSource } from './common.js';

/**
 * The transport of `TenantSettings`; jobs' `tenantSettingsSchema` is the one statement of the
 * bounds and defaults (it checks every value the mutations receive).
 */
@ObjectType('TenantSettings', {
  description: 'Check schedule, look-back windows, thresholds, declared sources.',
})
export class TenantSettingsModel implements TenantSettings {
  @Field({ description: 'Cron expression (5 or 6 fields) of the scheduled check runs' })
  checkSchedule!: string;
  @Field(() => Int) signInLookbackDays!: number;
  @Field(() => Int) deviceLookbackDays!: number;
  @Field(() => Float, { description: 'A ratio 0..1' }) pilotCoverageThreshold!: number;
  @Field(() => Float, { description: 'A ratio: 0.5 = attempts may rise by 50%' })
  legacyAttemptRiseThreshold!: number;
  @Field(() => [String]) emergencyAccessAccounts!: string[];
  @Field(() => [String], {
    description:
      'Application (client) ids allowed to reach Exchange Online from iOS and Android (SIGNIN.UNAPPROVED_EAS_CLIENTS)',
  })
  approvedMobileAppIds!: string[];
  @Field(() => [DataSource]) declaredSources!: TenantSettings['declaredSources'];
  @Field(() => Float) maxSourceAgeHours!: number;
  @Field(() => Int, { description: 'Sign-ins older than this are refused and pruned' })
  signInRetentionDays!: number;
}

/** Settings to change: an absent (or null) key keeps the stored value. */
@InputType()
export class TenantSettingsInput implements Partial<Record<keyof TenantSettings, unknown>> {
  @Field(() => String, { nullable: true }) checkSchedule?: string | null;
  @Field(() => Int, { nullable: true }) signInLookbackDays?: number | null;
  @Field(() => Int, { nullable: true }) deviceLookbackDays?: number | null;
  @Field(() => Float, { nullable: true }) pilotCoverageThreshold?: number | null;
  @Field(() => Float, { nullable: true }) legacyAttemptRiseThreshold?: number | null;
  @Field(() => [String], { nullable: true }) emergencyAccessAccounts?: string[] | null;
  @Field(() => [String], { nullable: true }) approvedMobileAppIds?: string[] | null;
  @Field(() => [DataSource], { nullable: true })
  declaredSources?: TenantSettings['declaredSources'] | null;
  @Field(() => Float, { nullable: true }) maxSourceAgeHours?: number | null;
  @Field(() => Int, { nullable: true }) signInRetentionDays?: number | null;
}

// The input names every key of the settings and no other: a key added to the schema in jobs
// fails to compile here until it is on the transport too.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inputCoversSettings: Same<keyof TenantSettingsInput, keyof TenantSettings> = true;
void inputCoversSettings;

@ObjectType('SettingBounds', {
  description: 'The bounds of one tenant setting, as the server checks them (for forms).',
})
export class SettingBoundsModel {
  @Field({ description: 'The key in TenantSettings' }) key!: string;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
  @Field({ description: 'A whole number' }) integer!: boolean;
  @Field(() => Int, { nullable: true }) maxItems!: number | null;
  @Field(() => String, { nullable: true, description: 'A JavaScript regular expression' })
  pattern!: string | null;
}

/** The keys given a value: what the stored settings are merged with. */
export function givenSettings(input: TenantSettingsInput | null | undefined) {
  if (!input) return undefined;
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
}

@ObjectType('Tenant')
export class TenantModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  entraTenantId!: string | null;

  @Field()
  createdAt!: Date;
}

@InputType()
export class TenantFilter {
  @Field(() => String, { nullable: true })
  q?: string | null;

  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;
}
