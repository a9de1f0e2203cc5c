import {
  Field,
  ID,
  ObjectType,
  Parent,
  registerEnumType,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { appProtectionRows, type AppProtectionRow } from '@posture/jobs';
import { SnapshotModel } from './models/history.model.js';

enum AppProtectionPlatform {
  IOS = 'IOS',
  ANDROID = 'ANDROID',
}
registerEnumType(AppProtectionPlatform, { name: 'AppProtectionPlatform' });

@ObjectType('AppProtectionGroup')
class AppProtectionGroupModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'The group name from the same snapshot, else its id' }) name!: string;
}

@ObjectType('AppProtectionPolicy', {
  description:
    'An Intune app protection policy of the snapshot, read as INTUNE.APP_PROTECTION_OUTLOOK reads it.',
})
class AppProtectionPolicyModel implements AppProtectionRow {
  @Field(() => AppProtectionPlatform) platform!: AppProtectionRow['platform'];
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Outlook (iOS bundle id or Android package id) is among its apps; null when its apps were not read',
  })
  includesOutlook!: boolean | null;
  @Field(() => [String], { description: 'Bundle ids (iOS) or package ids (Android)' })
  apps!: string[];
  @Field({ description: 'Assigned to all licensed users' }) allUsers!: boolean;
  @Field(() => [AppProtectionGroupModel]) includeGroups!: AppProtectionGroupModel[];
  @Field(() => [AppProtectionGroupModel]) excludeGroups!: AppProtectionGroupModel[];
  @Field(() => [String], { description: 'Assignment targets that reach no user, by @odata.type' })
  otherTargets!: string[];
}

@Resolver(() => SnapshotModel)
export class SnapshotAppProtectionResolver {
  @ResolveField('appProtectionPolicies', () => [AppProtectionPolicyModel], {
    nullable: true,
    description:
      'The Intune app protection policies the snapshot carries (Entra source); null when it carries none (not read).',
  })
  appProtectionPolicies(@Parent() s: SnapshotModel): AppProtectionRow[] | null {
    const entra = (s.raw as { entra?: unknown } | null)?.entra;
    if (entra === null || typeof entra !== 'object') return null;
    return appProtectionRows(entra as Parameters<typeof appProtectionRows>[0]);
  }
}
