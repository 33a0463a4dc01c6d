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
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).not.toThrow();
  });
});
