import type { RouteObject } from 'react-router';

/**
 * `/jobs/:slug` is rendered by the API on the server (readable without JavaScript), so it has
 * no client route here; the preview component that both the server and the recruiter's
 * editor render lives in this folder.
 */
export const jobPageRoutes: RouteObject[] = [];
