import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CheckStatus, RunStatus, RunTrigger, Severity, SnapshotOrigin } from '@posture/prisma';
import { GraphQLJSON } from 'graphql-scalars';
import { DataSource, MetricUnitEnum } from './common.js';
import { EVIDENCE_KINDS, type EvidenceKind, type MetricUnit, type SourceName } from '@posture/jobs';

/** The kinds of evidence rows of jobs (EVIDENCE_KINDS) as a GraphQL enum. */
export const EvidenceKindEnum = Object.fromEntries(EVIDENCE_KINDS.map((k) => [k, k])) as {
  [K in EvidenceKind]: K;
};
registerEnumType(EvidenceKindEnum, {
  name: 'EvidenceKind',
  description: 'What the rows of an evidence table are about.',
});

@ObjectType('EvidenceRow')
export class EvidenceRowModel {
  @Field({ description: 'The key a waiver names this row by (createWaiver items).' })
  key!: string;
  @Field({ description: "The check listed this row among the result's failing items." })
  failing!: boolean;
  @Field({ description: 'A waiver covered this row in this result.' }) waived!: boolean;
  @Field(() => [String], { nullable: 'items', description: 'One cell per column, as text.' })
  cells!: (string | null)[];
  @Field(() => [MessageModel], {
    nullable: 'items',
    description:
      "One per column: the cell as a message to word in the reader's language, where the check gave one (else null: show the cell).",
  })
  messages!: (MessageModel | null)[];
  @Field(() => String, { nullable: true, description: 'User principal name, as listed.' })
  user!: string | null;
  @Field(() => String, { nullable: true, description: 'ActiveSync DeviceId.' })
  device!: string | null;
  @Field(() => String, { nullable: true, description: 'Policy id, or its name without one.' })
  policy!: string | null;
}

@ObjectType('RemediationStep', { description: 'A piece of the remediation: prose or a command.' })
export class RemediationStepModel {
  @Field() text!: string;
  @Field({ description: 'A command to copy (a PowerShell cmdlet line).' }) command!: boolean;
}

@ObjectType('EvidenceTable', { description: "One list of a result's evidence, as a table." })
export class EvidenceTableModel {
  @Field({ description: 'Where the list sits in the evidence, e.g. legacyFailures.users.' })
  list!: string;
  @Field(() => EvidenceKindEnum) kind!: EvidenceKind;
  @Field(() => [String]) columns!: string[];
  @Field(() => Int, { description: 'How many the check found.' }) total!: number;
  @Field(() => Int, { description: 'How many rows the stored evidence lists.' }) listed!: number;
  @Field(() => [EvidenceRowModel], { description: 'At most 50 rows unless all: true.' })
  rows!: EvidenceRowModel[];
}

@ObjectType('Snapshot')
export class SnapshotModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) tenantId!: string;
  @Field() capturedAt!: Date;
  @Field() receivedAt!: Date;
  @Field(() => [DataSource]) sources!: SourceName[];
  @Field(() => SnapshotOrigin) origin!: SnapshotOrigin;
  @Field(() => GraphQLJSON, { description: 'The body exactly as received.' }) raw!: unknown;
}

@InputType()
export class SnapshotFilterInput {
  @Field(() => ID, { nullable: true }) tenantId?: string | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => String, { nullable: true }) source?: string | null;
}

@ObjectType('CheckRun')
export class CheckRunModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) tenantId!: string;
  @Field(() => RunTrigger) trigger!: RunTrigger;
  @Field(() => RunStatus) status!: RunStatus;
  @Field() startedAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => Int, { nullable: true }) durationMs!: number | null;
  @Field(() => Float, { nullable: true, description: 'Posture score 0..100' }) score!:
    number | null;
  @Field(() => GraphQLJSON, { description: 'Results per status' }) counts!: unknown;
  @Field(() => String, { nullable: true }) error!: string | null;
}

@InputType()
export class CheckRunFilterInput {
  @Field(() => ID, { nullable: true }) tenantId?: string | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => RunStatus, { nullable: true }) status?: RunStatus | null;
  @Field(() => RunTrigger, { nullable: true }) trigger?: RunTrigger | null;
}

@ObjectType('Message', {
  description:
    "A sentence as a code with parameters, which the dashboard words in the reader's language (codes and templates: web/src/i18n/generated/checks.ts).",
})
export class MessageModel {
  @Field() code!: string;
  @Field(() => GraphQLJSON, {
    description: 'Numbers, strings, lists of them, or nested messages ({ code, params }).',
  })
  params!: unknown;
}

@ObjectType('CheckResult')
export class CheckResultModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) tenantId!: string;
  @Field(() => ID) runId!: string;
  @Field() checkId!: string;
  @Field(() => String, { description: 'The check title from the catalogue' }) title!: string;
  @Field(() => CheckStatus) status!: CheckStatus;
  @Field(() => Severity) severity!: Severity;
  @Field(() => Float, { nullable: true }) metric!: number | null;
  @Field(() => MetricUnitEnum, { description: "What `metric` measures (the check's unit)" })
  metricUnit!: MetricUnit;
  @Field({ description: 'In English; `message` carries it for other languages.' })
  summary!: string;
  @Field(() => MessageModel, {
    nullable: true,
    description: 'The summary as a message; null for older results (show `summary`).',
  })
  message!: MessageModel | null;
  @Field(() => GraphQLJSON) evidence!: unknown;
  @Field() remediation!: string;
  @Field(() => ID, { nullable: true }) snapshotId!: string | null;
  @Field(() => Date, { nullable: true }) windowFrom!: Date | null;
  @Field(() => Date, { nullable: true }) windowTo!: Date | null;
  @Field() evaluatedAt!: Date;
}

@InputType()
export class CheckResultFilterInput {
  @Field(() => ID, { nullable: true }) tenantId?: string | null;
  @Field(() => ID, { nullable: true }) runId?: string | null;
  @Field(() => String, { nullable: true }) checkId?: string | null;
  @Field(() => CheckStatus, { nullable: true }) status?: CheckStatus | null;
  @Field(() => Severity, { nullable: true }) severity?: Severity | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only the newest result per tenant and check (applied first).',
  })
  latest?: boolean | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
}

@ObjectType('Check')
export class CheckModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => Severity) severity!: Severity;
  @Field(() => MetricUnitEnum, { description: "What the check's results' metric measures" })
  metricUnit!: MetricUnit;
  @Field(() => [DataSource]) sources!: SourceName[];
  @Field() description!: string;
  @Field() rationale!: string;
  @Field() remediation!: string;
}

@InputType()
export class CheckFilterInput {
  @Field(() => String, { nullable: true }) q?: string | null;
  @Field(() => Severity, { nullable: true }) severity?: Severity | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
}
