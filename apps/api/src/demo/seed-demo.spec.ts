import { AppConfig } from '@rolefit/config';
import { seedDemo } from './seed-demo';

describe('demo data', () => {
  it('is never created when NODE_ENV=production, before anything is touched', async () => {
    const asked: unknown[] = [];
    const app = {
      get(token: unknown) {
        asked.push(token);
        if (token === AppConfig) return { NODE_ENV: 'production' };
        throw new Error('nothing but the configuration may be reached in production');
      },
    };
    await expect(seedDemo(app as never)).rejects.toThrow(
      'Demo data is never created when NODE_ENV=production',
    );
    expect(asked).toEqual([AppConfig]);
  });
});
