/** One field-level problem, as clients see it in problem+json `errors`. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Thrown by domain rules when input is well-formed but breaks a business rule
 * (e.g. publishing a preview without a hard part). The API maps it to 422.
 */
export class DomainValidationError extends Error {
  constructor(
    message: string,
    readonly errors: FieldError[],
  ) {
    super(message);
    this.name = 'DomainValidationError';
  }
}
