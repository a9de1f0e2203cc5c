import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@posture/prisma';

@ObjectType('ApiToken', { description: 'A long-lived API token; never its hash or secret.' })
export class ApiTokenModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'First characters of the token, to recognise it (never enough to use).' })
  prefix!: string;
  @Field(() => Role) role!: Role;
  @Field(() => [ID], { description: 'Empty: every tenant.' }) tenantIds!: string[];
  @Field(() => String, { nullable: true }) createdBy!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field({ description: 'Neither revoked nor expired.' }) active!: boolean;
}

@ObjectType('CreatedApiToken')
export class CreatedApiTokenModel {
  @Field({ description: 'The token itself, shown this once: it is not stored.' }) token!: string;
  @Field(() => ApiTokenModel) apiToken!: ApiTokenModel;
}

@ObjectType('Session', { description: 'A signed-in browser session.' })
export class SessionModel {
  @Field(() => ID) id!: string;
  @Field() userEmail!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field() expiresAt!: Date;
  @Field({ description: 'The session this request is signed in with.' }) current!: boolean;
}

@ObjectType('User', { description: 'A person who signs in to the dashboard; never the password.' })
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => Role) role!: Role;
  @Field(() => [ID], { description: 'Empty: every tenant.' }) tenantIds!: string[];
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) disabledAt!: Date | null;
  @Field({ description: 'Not disabled: may sign in.' }) active!: boolean;
}

@ObjectType('CreatedUser')
export class CreatedUserModel {
  @Field({ description: 'The generated password, shown this once: only its hash is stored.' })
  password!: string;
  @Field(() => UserModel) user!: UserModel;
}
