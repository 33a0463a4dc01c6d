import { STATUS_CODES } from 'node:http';
import { problemTypeFor } from './problem-types';

import type { FieldError } from '@rolefit/domain';

/** RFC 9457 problem details, as every error response of the API is shaped. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  requestId?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problem(
  status: number,
  detail: string,
  extra: Partial<Omit<ProblemDetails, 'status' | 'detail'>> = {},
): ProblemDetails {
  return {
    type: problemTypeFor(status, (extra.errors?.length ?? 0) > 0),
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    ...extra,
  };
}
