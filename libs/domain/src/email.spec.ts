import { normalizeEmail } from './email';

describe('normalizeEmail', () => {
  it('trims and lower-cases, so one address is one account or candidate', () => {
    expect(normalizeEmail('  Kari.Nordmann@Example.COM ')).toBe('kari.nordmann@example.com');
  });
});
