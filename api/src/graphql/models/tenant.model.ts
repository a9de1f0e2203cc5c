import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType('Tenant')
export class TenantModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  entraTenantId!: string | null;

  @Field(() => GraphQLJSON, {
    description:
      'Check schedule, look-back windows, thresholds, declared sources (defaults filled in).',
  })
  settings!: unknown;

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
