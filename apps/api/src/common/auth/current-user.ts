import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { UserRole } from '@rolefit/persistence';

/** Who is calling: taken from a verified access token, never from the request body. */
export interface AuthUser {
  userId: string;
  organizationId: string;
  role: UserRole;
}

export const IS_PUBLIC = 'rolefit:public';
export const ROLES = 'rolefit:roles';

/** No bearer token needed (public previews, candidate token routes, auth, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these user roles may call the route. */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES, roles);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const request = ctx.switchToHttp().getRequest<{ user?: AuthUser }>();
  if (!request.user) throw new Error('CurrentUser used on a public route');
  return request.user;
});
