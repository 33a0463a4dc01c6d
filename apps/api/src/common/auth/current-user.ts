import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { UserRole } from '@rolefit/persistence';

/** Who is calling: taken from a verified access token, never from the request body. */
export interface AuthUser {
  userId: string;
  organizationId: string;
  /** The user's role now (read from the database on every request). */
  role: UserRole;
  /** The session the access token belongs to (absent for work done outside a request). */
  sessionId?: string;
}

export const IS_PUBLIC = 'rolefit:public';
export const ROLES = 'rolefit:roles';

/**
 * No bearer token needed (public previews, candidate token routes, auth, health). The OpenAPI
 * document says so too (`security: []`, bootstrap/openapi-conventions.ts).
 */
export const Public = () =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension('x-rolefit-public', true));

/** Only these user roles may call the route (documented as its 403 answer). */
export const Roles = (...roles: UserRole[]) =>
  applyDecorators(SetMetadata(ROLES, roles), ApiExtension('x-rolefit-roles', roles));

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const request = ctx.switchToHttp().getRequest<{ user?: AuthUser }>();
  if (!request.user) throw new Error('CurrentUser used on a public route');
  return request.user;
});
