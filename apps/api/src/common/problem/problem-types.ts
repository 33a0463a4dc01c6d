/** Where every problem `type` URI of the API starts. The URIs identify; they need not resolve. */
export const PROBLEM_TYPE_BASE = 'https://rolefit.dev/problems/';

/**
 * Every kind of problem the API answers with, by `type` URI, so clients can branch on the kind
 * without parsing `title` or `detail`. Stable: a URI is never reused for another meaning.
 * Listed in the OpenAPI document's description and in docs/api.md.
 */
export const PROBLEM_TYPES = {
  /** 400 or 422 with `errors: [{ field, message }]`: the body or a field breaks a rule. */
  validation: `${PROBLEM_TYPE_BASE}validation`,
  /** 400 without field errors: malformed JSON, a body too deep or wide, a malformed URL. */
  badRequest: `${PROBLEM_TYPE_BASE}bad-request`,
  /** 401: no, an expired or an invalid access token, or wrong credentials. */
  unauthenticated: `${PROBLEM_TYPE_BASE}unauthenticated`,
  /** 403: signed in, but the role may not do this. */
  forbidden: `${PROBLEM_TYPE_BASE}forbidden`,
  /** 404: no such resource in the caller's organisation (also another organisation's id). */
  notFound: `${PROBLEM_TYPE_BASE}not-found`,
  /** 405: the path exists, the method does not. */
  methodNotAllowed: `${PROBLEM_TYPE_BASE}method-not-allowed`,
  /** 409: the resource's state forbids this now (already published, already submitted, exists). */
  conflict: `${PROBLEM_TYPE_BASE}conflict`,
  /** 413: the body is larger than the route allows. */
  payloadTooLarge: `${PROBLEM_TYPE_BASE}payload-too-large`,
  /** 414: a path parameter is too long. */
  uriTooLong: `${PROBLEM_TYPE_BASE}uri-too-long`,
  /** 415: the body is not JSON. */
  unsupportedMediaType: `${PROBLEM_TYPE_BASE}unsupported-media-type`,
  /** 422 without field errors: well-formed, but a business rule refuses it. */
  unprocessable: `${PROBLEM_TYPE_BASE}unprocessable`,
  /** 429: too many attempts; `Retry-After` says when to try again. */
  rateLimited: `${PROBLEM_TYPE_BASE}rate-limited`,
  /** 500: a bug on our side, logged with the request id. */
  internal: `${PROBLEM_TYPE_BASE}internal`,
  /** 503: the database or Redis is unavailable; `Retry-After` says when to try again. */
  unavailable: `${PROBLEM_TYPE_BASE}unavailable`,
} as const;

export type ProblemType = (typeof PROBLEM_TYPES)[keyof typeof PROBLEM_TYPES];

const BY_STATUS: Record<number, ProblemType> = {
  400: PROBLEM_TYPES.badRequest,
  401: PROBLEM_TYPES.unauthenticated,
  403: PROBLEM_TYPES.forbidden,
  404: PROBLEM_TYPES.notFound,
  405: PROBLEM_TYPES.methodNotAllowed,
  409: PROBLEM_TYPES.conflict,
  413: PROBLEM_TYPES.payloadTooLarge,
  414: PROBLEM_TYPES.uriTooLong,
  415: PROBLEM_TYPES.unsupportedMediaType,
  422: PROBLEM_TYPES.unprocessable,
  429: PROBLEM_TYPES.rateLimited,
  500: PROBLEM_TYPES.internal,
  503: PROBLEM_TYPES.unavailable,
};

/**
 * The type of a problem: `validation` whenever there are field errors, otherwise the kind its
 * status stands for; `about:blank` (RFC 9457: nothing beyond the status) for any other status.
 */
export function problemTypeFor(status: number, hasFieldErrors: boolean): string {
  if (hasFieldErrors && (status === 400 || status === 422)) return PROBLEM_TYPES.validation;
  return BY_STATUS[status] ?? (status >= 500 ? PROBLEM_TYPES.internal : 'about:blank');
}

/** The list for the OpenAPI description and docs: one line per type. */
export function describeProblemTypes(): string {
  return Object.values(PROBLEM_TYPES)
    .map((uri) => `\`${uri}\``)
    .join(', ');
}
