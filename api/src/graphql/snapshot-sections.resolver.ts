import { Inject } from '@nestjs/common';
import {
  Args,
  Field,
  ID,
  Int,
  ObjectType,
  Parent,
  registerEnumType,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  DriftService,
  SECTION_ROWS_DEFAULT,
  SECTION_ROWS_MAX,
  SNAPSHOT_DIFF_DEFAULT,
  SNAPSHOT_DIFF_MAX,
  SNAPSHOT_SECTION_KINDS,
  snapshotSections,
  type SnapshotDiff,
  type SnapshotSection,
  type SnapshotSectionKind,
  type SourceName,
} from '@posture/jobs';
import { DriftKind } from '@posture/prisma';
import { GraphQLJSON } from 'graphql-scalars';
import type { AuthContext } from '../auth/auth.types.js';
import { CurrentAuth } from '../auth/current-auth.decorator.js';
import { DataSource } from './models/common.js';
import { MessageModel, SnapshotModel } from './models/history.model.js';

// Declared once, in jobs (drift/snapshot-sections.ts); the web reads it from the schema.
const SnapshotSectionKindEnum = Object.fromEntries(SNAPSHOT_SECTION_KINDS.map((k) => [k, k])) as {
  [K in SnapshotSectionKind]: K;
};
registerEnumType(SnapshotSectionKindEnum, {
  name: 'SnapshotSectionKind',
  description: 'Which settings a snapshot section lists.',
});

@ObjectType('SnapshotSectionRow')
class SnapshotSectionRowModel {
  @Field({ description: "The row's identity in its section (a policy, a user, a setting)" })
  key!: string;
  @Field(() => [String], {
    nullable: 'items',
    description: 'One value per column, as read (lists joined by ", "; null: no value)',
  })
  cells!: (string | null)[];
}

@ObjectType('SnapshotSection', {
  description: "One group of a snapshot's settings as a table (jobs drift/snapshot-sections.ts).",
})
class SnapshotSectionModel implements SnapshotSection {
  @Field(() => SnapshotSectionKindEnum) kind!: SnapshotSectionKind;
  @Field(() => DataSource) source!: SnapshotSection['source'];
  @Field({
    description: 'Where it sits in the snapshot, e.g. exchangeOnline.authenticationPolicies',
  })
  path!: string;
  @Field({ description: 'False: the source is in the snapshot but this list is not (not read)' })
  read!: boolean;
  @Field(() => [String], { description: 'Column codes (name, allowed, blocked, …)' })
  columns!: string[];
  @Field(() => Int, { description: 'How many rows the section has' }) total!: number;
  @Field(() => [SnapshotSectionRowModel], { description: 'The rows from offset, at most limit' })
  rows!: SnapshotSectionRowModel[];
  @Field(() => [ID], { description: 'The checks that read these settings' }) checkIds!: string[];
}

@ObjectType('SnapshotChange', {
  description: 'One setting that changed since the previous snapshot.',
})
class SnapshotChangeModel {
  @Field(() => DataSource) source!: SourceName;
  @Field() path!: string;
  @Field(() => DriftKind) kind!: DriftKind;
  @Field(() => GraphQLJSON, { nullable: true }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after!: unknown;
  @Field({
    description: 'One line for people, in English; `message` carries it for other languages.',
  })
  summary!: string;
  @Field(() => MessageModel, {
    nullable: true,
    description:
      'The summary as a message; null for events stored before messages (show `summary`).',
  })
  message!: MessageModel | null;
  @Field(() => [ID]) checkIds!: string[];
}

@ObjectType('SnapshotDiff', {
  description: "A snapshot's changes against the tenant's previous snapshot of each source.",
})
class SnapshotDiffModel {
  @Field(() => ID, { nullable: true, description: 'null: the first snapshot (nothing before it)' })
  previousSnapshotId!: string | null;
  @Field(() => Date, { nullable: true }) previousCapturedAt!: Date | null;
  @Field({ description: 'Read from the drift stored at ingest (true) or compared now (false)' })
  stored!: boolean;
  @Field(() => Int) total!: number;
  @Field(() => [SnapshotChangeModel], { description: 'At most limit, by path' })
  changes!: SnapshotChangeModel[];
}

@Resolver(() => SnapshotModel)
export class SnapshotSectionsResolver {
  constructor(@Inject(DriftService) private readonly drift: DriftService) {}

  @ResolveField('sections', () => [SnapshotSectionModel], {
    description: `The snapshot's settings as readable sections; each lists rows from offset, at most limit (default ${SECTION_ROWS_DEFAULT}, at most ${SECTION_ROWS_MAX}), with its total.`,
  })
  sections(
    @Parent() s: SnapshotModel,
    @Args('limit', { type: () => Int, nullable: true }) limit?: number | null,
    @Args('offset', { type: () => Int, nullable: true }) offset?: number | null,
    @Args('kinds', {
      type: () => [SnapshotSectionKindEnum],
      nullable: true,
      description: 'Only these sections (all when absent)',
    })
    kinds?: SnapshotSectionKind[] | null,
  ): SnapshotSection[] {
    return snapshotSections(s.raw, {
      limit: limit ?? undefined,
      offset: offset ?? undefined,
      kinds: kinds ?? undefined,
    });
  }

  @ResolveField('diff', () => SnapshotDiffModel, {
    description: `The changes since the tenant's previous snapshot (default ${SNAPSHOT_DIFF_DEFAULT}, at most ${SNAPSHOT_DIFF_MAX}), with their total.`,
  })
  diff(
    @CurrentAuth() auth: AuthContext,
    @Parent() s: SnapshotModel,
    @Args('limit', { type: () => Int, nullable: true }) limit?: number | null,
  ): Promise<SnapshotDiff> {
    return this.drift.snapshotDiff(auth.scope, s, limit ?? undefined);
  }
}
