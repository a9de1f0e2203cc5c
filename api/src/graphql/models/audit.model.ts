import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AuditOutcome, Role } from '@posture/prisma';
import { GraphQLJSON } from 'graphql-scalars';

registerEnumType(AuditOutcome, { name: 'AuditOutcome' });

@ObjectType('AuditEvent', {
  description: 'Who did what, when and from where. Append-only; arguments have secrets redacted.',
})
export class AuditEventModel {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field({ description: "The user's e-mail, token:<name>, or cli" }) actor!: string;
  @Field(() => Role, { nullable: true }) actorRole!: Role | null;
  @Field({ description: 'The mutation, e.g. createTenant, or cli:token create' }) action!: string;
  @Field(() => AuditOutcome) outcome!: AuditOutcome;
  @Field(() => ID, { nullable: true }) tenantId!: string | null;
  @Field(() => String, { nullable: true }) targetId!: string | null;
  @Field(() => GraphQLJSON, { description: 'The arguments, secrets replaced by [redacted]' })
  args!: unknown;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
}

@InputType()
export class AuditFilterInput {
  @Field(() => ID, { nullable: true }) tenantId?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the actor' }) actor?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the action' })
  action?: string | null;
  @Field(() => AuditOutcome, { nullable: true }) outcome?: AuditOutcome | null;
  @Field(() => Date, { nullable: true, description: 'From this time (inclusive)' })
  from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Before this time' }) to?: Date | null;
}
