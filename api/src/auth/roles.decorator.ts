import { SetMetadata } from '@nestjs/common';
import type { Role } from '@posture/prisma';

export const ROLES_KEY = 'posture:roles';
export const PUBLIC_KEY = 'posture:public';

/** The roles allowed; a role also grants what the roles below it may do (COLLECTOR excepted). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** No token needed: /health, login. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
