import type { FieldError } from '@rolefit/domain';
import { HttpException } from '@nestjs/common';

/**
 * An HTTP error the services raise on purpose, with optional field-level errors and headers
 * (Retry-After). The ProblemDetailsFilter renders it as problem+json.
 */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail, status);
  }
}

export const notFound = (what: string) => new ProblemException(404, `${what} not found`);
export const conflict = (detail: string) => new ProblemException(409, detail);
export const unprocessable = (detail: string, errors?: FieldError[]) =>
  new ProblemException(422, detail, errors);
