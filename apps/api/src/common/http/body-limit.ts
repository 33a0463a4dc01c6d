import { RouteConfig } from '@nestjs/platform-fastify';
import type { RouteOptions } from 'fastify';

/**
 * Declares, on the route itself, a body limit other than BODY_LIMIT_BYTES (e.g. bulk imports).
 * Stored in the Fastify route's `config`; `applyDeclaredBodyLimit` turns it into the route's
 * `bodyLimit` when the route is registered.
 */
export const BodyLimit = (bytes: number) => RouteConfig({ bodyLimit: bytes });

/** Fastify `onRoute` hook: gives a route the body limit it declared with @BodyLimit. */
export function applyDeclaredBodyLimit(route: RouteOptions): void {
  const config: unknown = route.config;
  const declared = (config as { bodyLimit?: unknown } | undefined)?.bodyLimit;
  if (typeof declared === 'number') route.bodyLimit = declared;
}
