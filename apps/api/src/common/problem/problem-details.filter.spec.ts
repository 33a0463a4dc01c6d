import type { ArgumentsHost } from '@nestjs/common';
import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { DomainValidationError } from '@rolefit/domain';
import { tooMany } from '../auth/rate-limit.guard';
import { ProblemDetailsFilter } from './problem-details.filter';
import { conflict, notFound, ProblemException, unprocessable } from './problem-exception';
import { PROBLEM_TYPES } from './problem-types';

/** Runs the filter on one exception and returns what it sent. */
function respond(exception: unknown) {
  const sent: { status?: number; headers: Record<string, string>; body?: unknown } = {
    headers: {},
  };
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    headers(h: Record<string, string>) {
      Object.assign(sent.headers, h);
      return reply;
    },
    send(body: unknown) {
      sent.body = body;
      return reply;
    },
  };
  const host = {
    switchToHttp: () => ({
      getRequest: () => ({ url: '/api/v1/x', id: 'req-1' }),
      getResponse: () => reply,
    }),
  } as unknown as ArgumentsHost;
  const filter = new ProblemDetailsFilter();
  // The filter logs 5xx; keep the test output quiet.
  (filter as unknown as { logger: { error: () => void } }).logger = { error: () => undefined };
  filter.catch(exception, host);
  return sent;
}

describe('ProblemDetailsFilter: database unavailable', () => {
  // Found by the postgres-restart fault drill: when PostgreSQL terminates a connection in the
  // middle of a transaction, TypeORM releases its query runner and the next query (or the
  // COMMIT) throws these. They mean "database unavailable", not a bug: 503 + Retry-After.
  it.each([
    ['QueryRunnerProviderAlreadyReleasedError', new QueryRunnerProviderAlreadyReleasedError()],
    ['QueryRunnerAlreadyReleasedError', new QueryRunnerAlreadyReleasedError()],
    [
      'a terminated connection (57P01)',
      new QueryFailedError(
        'SELECT 1',
        [],
        Object.assign(new Error('terminating'), { code: '57P01' }),
      ),
    ],
  ])('%s → 503 with Retry-After', (_name, exception) => {
    const sent = respond(exception);
    expect(sent.status).toBe(503);
    expect(sent.headers['retry-after']).toBe('5');
  });

  it('anything else unknown stays a 500', () => {
    expect(respond(new Error('boom')).status).toBe(500);
  });
});

describe('ProblemDetailsFilter: problem types', () => {
  it.each([
    [new ProblemException(400, 'bad', [{ field: 'name', message: 'required' }]), 'validation'],
    [new DomainValidationError('rule', [{ field: 'hardParts', message: 'one' }]), 'validation'],
    [new ProblemException(400, 'malformed'), 'bad-request'],
    [notFound('Team'), 'not-found'],
    [conflict('already published'), 'conflict'],
    [unprocessable('no likert items'), 'unprocessable'],
    [tooMany(5), 'rate-limited'],
    [new Error('boom'), 'internal'],
    [new QueryRunnerAlreadyReleasedError(), 'unavailable'],
  ])('%s → %s', (exception, kind) => {
    const body = respond(exception).body as { type: string };
    expect(body.type).toBe(`https://rolefit.dev/problems/${kind}`);
    expect(Object.values(PROBLEM_TYPES)).toContain(body.type);
  });

  it('keeps about:blank for a status it has no kind for', () => {
    expect((respond(new ProblemException(418, 'teapot')).body as { type: string }).type).toBe(
      'about:blank',
    );
  });
});
