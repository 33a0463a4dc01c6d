import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainValidationError } from '@rolefit/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { problem, PROBLEM_CONTENT_TYPE, ProblemDetails } from './problem';
import { ProblemException } from './problem-exception';
import { safeErrorForLog } from '../logging/safe-error';

/** PostgreSQL error codes that mean "the database is unreachable or restarting". */
const DATABASE_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006']);
const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

/**
 * The one place errors become responses: everything leaves as application/problem+json,
 * with field-level `errors` for validation, and never a stack trace or SQL.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    replyWithProblem(
      ctx.getRequest<FastifyRequest>(),
      ctx.getResponse<FastifyReply>(),
      exception,
      this.logger,
    );
  }
}

/** Answers any exception as problem+json; 5xx are logged with the request id. */
export function replyWithProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  exception: unknown,
  logger: Logger,
): void {
  const { body, headers } = problemFor(exception);
  body.instance = request.url?.split('?')[0];
  body.requestId = String(request.id);
  if (body.status >= 500) {
    // Never the error itself: a database error carries the statement's parameters.
    logger.error({ err: safeErrorForLog(exception), requestId: request.id }, 'request failed');
  }
  sendProblem(reply, body, headers);
}

/** The problem an exception stands for: its status, detail, field errors and headers. */
export function problemFor(exception: unknown): {
  body: ProblemDetails;
  headers?: Record<string, string>;
} {
  if (exception instanceof ProblemException) {
    return {
      body: problem(exception.getStatus(), exception.detail, { errors: exception.errors }),
      headers: exception.headers,
    };
  }
  if (exception instanceof HttpException) {
    return { body: problem(exception.getStatus(), describeHttpException(exception)) };
  }
  if (exception instanceof DomainValidationError) {
    return { body: problem(422, exception.message, { errors: exception.errors }) };
  }
  const fastifyStatus = fastifyClientErrorStatus(exception);
  if (fastifyStatus) {
    return { body: problem(fastifyStatus, (exception as Error).message) };
  }
  if (exception instanceof QueryFailedError) {
    const code = (exception.driverError as { code?: string } | undefined)?.code;
    if (code === '23505') return { body: problem(409, 'That resource already exists') };
    // A foreign key: something referred to was deleted meanwhile (or is still referred to).
    if (code === '23503') {
      return { body: problem(409, 'That conflicts with a related change made at the same time') };
    }
    if (code && DATABASE_UNAVAILABLE.has(code)) return databaseUnavailable();
  }
  if (isConnectionError(exception)) return databaseUnavailable();
  return { body: problem(500, 'Something went wrong on our side; it has been logged') };
}

export function sendProblem(
  reply: FastifyReply,
  body: ProblemDetails,
  headers: Record<string, string> = {},
): void {
  void reply
    .status(body.status)
    .headers({ ...headers, 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store' })
    .send(body);
}

function describeHttpException(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.join('; ');
  return exception.message;
}

/** Fastify's own 4xx errors (malformed JSON, body too large, unsupported media type). */
export function fastifyClientErrorStatus(exception: unknown): number | undefined {
  const e = exception as { statusCode?: unknown; code?: unknown };
  if (
    typeof e?.code === 'string' &&
    e.code.startsWith('FST_') &&
    typeof e.statusCode === 'number' &&
    e.statusCode >= 400 &&
    e.statusCode < 500
  ) {
    return e.statusCode;
  }
  if (exception instanceof SyntaxError && typeof e?.statusCode === 'number') return 400;
  return undefined;
}

function isConnectionError(exception: unknown): boolean {
  // When PostgreSQL terminates a connection (restart, failover), TypeORM releases the query
  // runner of the transaction using it, and the transaction's next query (or its COMMIT, which
  // then never reaches the server) throws one of these rather than a driver error. Found by
  // the postgres-restart fault drill, where they were 500s.
  if (
    exception instanceof QueryRunnerProviderAlreadyReleasedError ||
    exception instanceof QueryRunnerAlreadyReleasedError
  ) {
    return true;
  }
  const e = exception as { code?: unknown; message?: unknown };
  if (
    typeof e?.code === 'string' &&
    (CONNECTION_ERRORS.has(e.code) || DATABASE_UNAVAILABLE.has(e.code))
  )
    return true;
  return (
    typeof e?.message === 'string' &&
    /Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)/.test(
      e.message,
    )
  );
}

function databaseUnavailable(): { body: ProblemDetails; headers: Record<string, string> } {
  return {
    body: problem(503, 'The database is unavailable; please retry shortly'),
    headers: { 'retry-after': '5' },
  };
}
