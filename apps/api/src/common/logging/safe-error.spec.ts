import { QueryFailedError } from 'typeorm';
import { safeErrorForLog } from './safe-error';

describe('safeErrorForLog', () => {
  it('keeps no parameters, statement or quoted values of a database error', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      constraint: 'IDX_token',
      table: 'assessments',
      detail: 'Key (candidate_email)=(kari@example.com) already exists.',
    });
    const error = new QueryFailedError(
      'INSERT INTO assessments (candidate_name, candidate_email) VALUES ($1, $2)',
      ['Kari Nordmann', 'kari@example.com'],
      driverError,
    );
    const logged = JSON.stringify(safeErrorForLog(error));
    expect(logged).not.toMatch(/Kari|kari@example\.com|INSERT|candidate_email/);
    expect(safeErrorForLog(error)).toMatchObject({
      type: 'QueryFailedError',
      code: '23505',
      constraint: 'IDX_token',
      table: 'assessments',
    });
  });

  it('keeps the message and stack of other errors', () => {
    const logged = safeErrorForLog(new TypeError('boom'));
    expect(logged).toMatchObject({ type: 'TypeError', message: 'boom' });
    expect(String(logged.stack)).toContain('boom');
  });
});
