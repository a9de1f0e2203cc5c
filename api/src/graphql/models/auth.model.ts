import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@posture/prisma';

@ObjectType('SessionUser')
export class SessionUserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => Role) role!: Role;
  @Field(() => [String], {
    description:
      'The root queries and mutations this role may run, from the rules the server enforces; the dashboard hides what is not listed.',
  })
  operations!: string[];
}

@ObjectType('LoginResult')
export class LoginResultModel {
  @Field({ description: 'Session token: send it as Authorization: Bearer <token>.' })
  token!: string;
  @Field(() => SessionUserModel) user!: SessionUserModel;
}
