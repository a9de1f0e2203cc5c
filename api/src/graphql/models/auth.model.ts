import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@posture/prisma';

@ObjectType('SessionUser')
export class SessionUserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => Role) role!: Role;
}

@ObjectType('LoginResult')
export class LoginResultModel {
  @Field({ description: 'Session token: send it as Authorization: Bearer <token>.' })
  token!: string;
  @Field(() => SessionUserModel) user!: SessionUserModel;
}
