import createClient from 'openapi-fetch';
import type { paths } from './schema';

/**
 * The one way the web app talks to the API: typed from the committed OpenAPI document
 * (apps/web/src/api/schema.d.ts, written by `npm run openapi`). A path, parameter or body the
 * API does not have does not compile.
 */
export const api = createClient<paths>({
  // Same origin as the page (absolute, so Request objects work outside a browser too).
  baseUrl: typeof location === 'undefined' ? '' : location.origin,
  // Looked up per call, so tests can stub fetch.
  fetch: (request) => globalThis.fetch(request),
});

/** RFC 9457 problem details, as every API error is. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}
