import { scryptSync } from 'node:crypto';
import { decoyHash, hashPassword, verifyPassword } from './password-hasher';

describe('password hashes', () => {
  it('stores scrypt with its cost, and the key is scrypt of the NFKC password with that salt', async () => {
    const stored = await hashPassword('Ｒolefit-passord', 14);
    const [scheme, n, r, p, salt, key] = stored.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', String(2 ** 14), '8', '1']);
    // Worked out independently with Node's synchronous scrypt ('Ｒ' is a full-width R).
    const expected = scryptSync('Rolefit-passord', Buffer.from(salt, 'base64'), 32, {
      N: 2 ** 14,
      r: 8,
      p: 1,
    });
    expect(key).toBe(expected.toString('base64'));
  });

  it('verifies against the cost stored with the hash, whatever the cost of new hashes', async () => {
    const cheap = await hashPassword('correct horse', 12);
    const dear = await hashPassword('correct horse', 15);
    expect(await verifyPassword('correct horse', cheap)).toBe(true);
    expect(await verifyPassword('correct horse', dear)).toBe(true);
    expect(await verifyPassword('correct horsE', dear)).toBe(false);
    expect(await verifyPassword('correct horse', 'bcrypt$x')).toBe(false);
  });

  it('keeps one decoy per cost, of that cost', async () => {
    expect(await decoyHash(12)).toBe(await decoyHash(12));
    expect((await decoyHash(13)).split('$')[1]).toBe(String(2 ** 13));
  });
});
