import { ConfigValidationError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('works with no environment at all, against local services', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/rolefit');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.PORT).toBe(3000);
  });

  it('converts numbers from strings', () => {
    expect(loadConfig({ PORT: '8080', GAP_THRESHOLD: '55.5' })).toMatchObject({
      PORT: 8080,
      GAP_THRESHOLD: 55.5,
    });
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ PORT: '70000', REDIS_URL: 'nope' })).toThrow(ConfigValidationError);
  });

  it('refuses the development JWT secret in production, without printing it', () => {
    let message = '';
    try {
      loadConfig({ NODE_ENV: 'production' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/JWT_SECRET/);
    expect(message).not.toMatch(/rolefit-development-secret/);
    const own = 'q7Vf0-LkS9mZ2pWxR4tYb8NcE1uHjG6aDo3';
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: own, SMTP_URL: 'smtp://mail:25' }),
    ).not.toThrow();
  });

  it('refuses placeholder and low-variety secrets in production, allows them in development', () => {
    const placeholders = [
      'change-me-to-a-long-random-secret-of-your-own',
      'x'.repeat(40),
      'abababababababababababababababababab',
      'replace-this-with-a-real-secret-0123456789',
      'my-example-jwt-secret-for-the-readme-12345',
    ];
    for (const JWT_SECRET of placeholders) {
      expect(() =>
        loadConfig({ NODE_ENV: 'production', JWT_SECRET, SMTP_URL: 'smtp://mail:25' }),
      ).toThrow(/JWT_SECRET: must be your own random secret/);
      expect(() => loadConfig({ JWT_SECRET })).not.toThrow();
    }
  });

  it('hashes passwords at scrypt cost 17 by default and never below it in production', () => {
    const own = 'q7Vf0-LkS9mZ2pWxR4tYb8NcE1uHjG6aDo3';
    const production = { NODE_ENV: 'production', JWT_SECRET: own, SMTP_URL: 'smtp://mail:25' };
    expect(loadConfig({}).PASSWORD_HASH_COST).toBe(17);
    expect(loadConfig({ PASSWORD_HASH_COST: '14' }).PASSWORD_HASH_COST).toBe(14);
    expect(() => loadConfig({ ...production, PASSWORD_HASH_COST: '16' })).toThrow(
      /PASSWORD_HASH_COST: must be at least 17 in production/,
    );
    expect(loadConfig({ ...production, PASSWORD_HASH_COST: '18' }).PASSWORD_HASH_COST).toBe(18);
    expect(() => loadConfig({ PASSWORD_HASH_COST: '9' })).toThrow(/PASSWORD_HASH_COST/);
    expect(() => loadConfig({ PASSWORD_HASH_COST: '21' })).toThrow(/PASSWORD_HASH_COST/);
  });

  it('needs SMTP_URL in production, and only smtp(s) URLs anywhere', () => {
    const own = 'q7Vf0-LkS9mZ2pWxR4tYb8NcE1uHjG6aDo3';
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: own })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
    // The URL may hold a password: never printed.
    expect(() => loadConfig({ SMTP_URL: 'ftp://user:hunter2@mail' })).toThrow(/<hidden>/);
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example:465' }).SMTP_URL).toBe(
      'smtps://u:p@mail.example:465',
    );
  });
});
