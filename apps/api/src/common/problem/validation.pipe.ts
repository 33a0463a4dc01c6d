import { ValidationPipe } from '@nestjs/common';
import { ProblemException } from './problem-exception';
import { flattenValidationErrors } from './validation-errors';

/** Unknown fields are an error, not silently dropped; bodies are transformed into DTO classes. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new ProblemException(400, 'The request is invalid', flattenValidationErrors(errors)),
  });
}
