import type { FastifyRequest } from 'fastify';

/**
 * The caller's address as Fastify sees it (the socket peer, or the forwarded client when the
 * server is configured to trust a proxy). Rate limits key on it.
 */
export function clientAddress(request: FastifyRequest): string {
  return request.ip || 'unknown';
}
