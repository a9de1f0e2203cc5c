import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IngestionKind, RunStatus, RunTrigger } from '@posture/prisma';
import { MAX_PREFIX_LENGTH, MAX_PROTOCOLS } from '@posture/jobs';
import { GraphQLJSON } from 'graphql-scalars';
import { InputProblemModel } from './common.js';
import { MessageModel } from './history.model.js';

registerEnumType(IngestionKind, { name: 'IngestionKind' });

@ObjectType('ConnectorSettings', {
  description: 'How a tenant is pulled from Microsoft. The client secret is write-only.',
})
export class ConnectorSettingsModel {
  @Field(() => ID) tenantId!: string;
  @Field() enabled!: boolean;
  @Field({ description: 'Entra tenant (directory) GUID' }) directoryId!: string;
  @Field() clientId!: string;
  @Field({ description: 'Whether a client secret is stored (it is never returned).' })
  hasSecret!: boolean;
  @Field() loginBaseUrl!: string;
  @Field() graphBaseUrl!: string;
  @Field() exchangeBaseUrl!: string;
  @Field(() => Int) overlapMinutes!: number;
  @Field() updatedAt!: Date;
}

/** A change to a tenant's connector: an absent (or null) value keeps the stored one. */
@InputType()
export class ConnectorSettingsInput {
  @Field(() => Boolean, { nullable: true }) enabled?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Entra tenant (directory) GUID' })
  directoryId?: string | null;
  @Field(() => String, { nullable: true }) clientId?: string | null;
  @Field(() => String, { nullable: true, description: 'Write-only' }) clientSecret?: string | null;
  @Field(() => String, { nullable: true }) loginBaseUrl?: string | null;
  @Field(() => String, { nullable: true }) graphBaseUrl?: string | null;
  @Field(() => String, { nullable: true }) exchangeBaseUrl?: string | null;
  @Field(() => Int, { nullable: true }) overlapMinutes?: number | null;
}

@ObjectType('ConnectorChangePreview', {
  description: 'What saving a connector change would do; nothing is stored.',
})
export class ConnectorChangePreviewModel {
  @Field({ description: 'Saving drops the stored secret: a base URL changes, no new secret comes' })
  clearsSecret!: boolean;
  @Field(() => [InputProblemModel], { description: 'Why saving would be refused, per field' })
  problems!: InputProblemModel[];
}

@ObjectType('ConnectorDefaults', { description: "A new connector's values and the bounds." })
export class ConnectorDefaultsModel {
  @Field() loginBaseUrl!: string;
  @Field() graphBaseUrl!: string;
  @Field() exchangeBaseUrl!: string;
  @Field(() => Int) overlapMinutes!: number;
  @Field(() => Int) minOverlapMinutes!: number;
  @Field(() => Int) maxOverlapMinutes!: number;
}

@ObjectType('IngestionRun')
export class IngestionRunModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) tenantId!: string;
  @Field(() => IngestionKind) kind!: IngestionKind;
  @Field(() => RunTrigger) trigger!: RunTrigger;
  @Field(() => RunStatus) status!: RunStatus;
  @Field() startedAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => Int, { nullable: true }) durationMs!: number | null;
  @Field(() => Int) pages!: number;
  @Field(() => Int) received!: number;
  @Field(() => Int) inserted!: number;
  @Field(() => Int) duplicates!: number;
  @Field(() => Int) retries!: number;
  @Field(() => String, { nullable: true, description: 'In English; `progressMessage` carries it.' })
  progress!: string | null;
  @Field(() => MessageModel, {
    nullable: true,
    description: 'The progress as a message (INGEST.*); null for older runs (show `progress`).',
  })
  progressMessage!: MessageModel | null;
  @Field(() => Date, { nullable: true }) windowFrom!: Date | null;
  @Field(() => Date, { nullable: true }) windowTo!: Date | null;
  @Field(() => ID, { nullable: true }) snapshotId!: string | null;
  @Field(() => String, { nullable: true, description: 'In English; `errorMessage` carries it.' })
  error!: string | null;
  @Field(() => MessageModel, {
    nullable: true,
    description: 'The error as a message (INGEST.*); null for older runs (show `error`).',
  })
  errorMessage!: MessageModel | null;
}

@InputType()
export class IngestionRunFilterInput {
  @Field(() => ID, { nullable: true }) tenantId?: string | null;
  @Field(() => IngestionKind, { nullable: true }) kind?: IngestionKind | null;
  @Field(() => RunStatus, { nullable: true }) status?: RunStatus | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
}

@ObjectType('SyncResult')
export class SyncResultModel {
  @Field(() => IngestionRunModel, {
    nullable: true,
    description: 'Null when another pull of the tenant was running',
  })
  signIns!: IngestionRunModel | null;
  @Field(() => IngestionRunModel, { nullable: true }) snapshot!: IngestionRunModel | null;
}

@ObjectType('ClientApp', {
  description:
    'A Graph signIn.clientAppUsed value and whether the checks count it as legacy (any value not listed is legacy too).',
})
export class ClientAppModel {
  @Field() name!: string;
  @Field() legacy!: boolean;
}

@ObjectType('SignIn')
export class SignInModel {
  @Field(() => ID) id!: string;
  @Field({
    description:
      "Where the next page starts: pass the last row's cursor as `after` to read the page after it by a keyset seek.",
  })
  cursor!: string;
  @Field(() => ID) tenantId!: string;
  @Field() createdAt!: Date;
  @Field(() => String, { nullable: true }) userPrincipalName!: string | null;
  @Field(() => String, { nullable: true }) appDisplayName!: string | null;
  @Field(() => String, { nullable: true }) resourceDisplayName!: string | null;
  @Field(() => String, { nullable: true }) clientAppUsed!: string | null;
  @Field() isLegacy!: boolean;
  @Field() isExchange!: boolean;
  @Field() success!: boolean;
  @Field(() => Int, { nullable: true }) errorCode!: number | null;
  @Field(() => Boolean, { nullable: true }) isInteractive!: boolean | null;
  @Field(() => String, { nullable: true }) authenticationRequirement!: string | null;
  @Field(() => String, { nullable: true }) conditionalAccessStatus!: string | null;
  @Field(() => String, { nullable: true }) operatingSystem!: string | null;
  @Field(() => String, { nullable: true }) ipAddress!: string | null;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
}

@InputType()
export class SignInFilterInput {
  @Field(() => ID, { nullable: true }) tenantId?: string | null;
  @Field(() => String, { nullable: true, description: 'clientAppUsed, case-insensitive' })
  protocol?: string | null;
  @Field(() => [String], {
    nullable: true,
    description: `clientAppUsed values, case-insensitive (at most ${MAX_PROTOCOLS}); with protocol, both apply`,
  })
  protocols?: string[] | null;
  @Field(() => Boolean, { nullable: true }) legacyOnly?: boolean | null;
  @Field(() => Boolean, { nullable: true }) success?: boolean | null;
  @Field(() => String, {
    nullable: true,
    description: `start of the userPrincipalName, case-insensitive (at most ${MAX_PREFIX_LENGTH} characters)`,
  })
  user?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `start of the appDisplayName, case-insensitive (at most ${MAX_PREFIX_LENGTH} characters)`,
  })
  app?: string | null;
  @Field(() => Date, { nullable: true, description: 'default: 30 days ago' }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
}

@InputType({ description: 'Which sign-ins a per-day chart counts (whole UTC days).' })
export class SignInDayFilterInput {
  @Field(() => ID, {
    nullable: true,
    description: 'absent: every tenant the caller may read, summed',
  })
  tenantId?: string | null;
  @Field(() => Date, { nullable: true, description: 'first day (UTC); default 29 days before to' })
  from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'last day (UTC); default today' })
  to?: Date | null;
  @Field(() => Boolean, { nullable: true }) legacyOnly?: boolean | null;
  @Field(() => [String], { nullable: true, description: 'clientAppUsed values, case-insensitive' })
  protocols?: string[] | null;
  @Field(() => Boolean, { nullable: true }) success?: boolean | null;
}

@ObjectType('SignInDayCount', {
  description:
    'Sign-ins of one UTC day and client app (protocol), legacy or not, successful or refused; from the rollup kept at ingest.',
})
export class SignInDayCountModel {
  @Field({ description: 'YYYY-MM-DD (UTC)' }) day!: string;
  @Field(() => String, { nullable: true, description: 'clientAppUsed; null when not reported' })
  protocol!: string | null;
  @Field() legacy!: boolean;
  @Field() success!: boolean;
  @Field(() => Int) count!: number;
}

@ObjectType('MobileDevice', {
  description: 'A device partnership of the newest on-premises snapshot (Get-MobileDevice).',
})
export class MobileDeviceModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) tenantId!: string;
  @Field(() => ID) snapshotId!: string;
  @Field(() => String, { nullable: true }) DeviceId!: string | null;
  @Field(() => String, { nullable: true }) UserDisplayName!: string | null;
  @Field(() => String, { nullable: true }) DeviceType!: string | null;
  @Field(() => String, { nullable: true }) DeviceModel!: string | null;
  @Field(() => String, { nullable: true }) DeviceUserAgent!: string | null;
  @Field(() => String, { nullable: true }) ClientType!: string | null;
  @Field(() => String, { nullable: true }) DeviceAccessState!: string | null;
  @Field(() => String, { nullable: true }) DeviceAccessStateReason!: string | null;
  @Field(() => String, { nullable: true }) DeviceActiveSyncVersion!: string | null;
  @Field(() => String, { nullable: true }) FirstSyncTime!: string | null;
  @Field(() => String, { nullable: true }) LastSuccessSync!: string | null;
  @Field(() => GraphQLJSON, { description: 'The whole cmdlet object' }) raw!: unknown;
}

@InputType()
export class MobileDeviceFilterInput {
  @Field(() => ID, { nullable: true }) tenantId?: string | null;
  @Field(() => String, { nullable: true }) q?: string | null;
  @Field(() => String, { nullable: true }) accessState?: string | null;
}
