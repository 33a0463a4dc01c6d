import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../common/auth/current-user';
import { clientAddress } from '../common/rate-limit/client-address';

/** The signed-in caller and where the request came from: what the audit log records. */
export interface Actor extends AuthUser {
  address: string;
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
  if (!request.user) throw new Error('CurrentActor used on a public route');
  return { ...request.user, address: clientAddress(request) };
});
