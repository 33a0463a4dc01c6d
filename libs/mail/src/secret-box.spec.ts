import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox('a'.repeat(40));

  it('opens what it sealed; the sealed form does not contain the secret', () => {
    const token = 'AbC-dEf_123'.repeat(4);
    const sealed = box.seal(token);
    expect(sealed).not.toContain(token);
    expect(sealed.startsWith('v1.')).toBe(true);
    expect(box.open(sealed)).toBe(token);
  });

  it('seals the same secret differently each time (random IV)', () => {
    expect(box.seal('same')).not.toBe(box.seal('same'));
  });

  it('refuses tampered values and values sealed under another JWT_SECRET', () => {
    const sealed = box.seal('secret');
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3], 'base64url');
    flipped[0] ^= 1;
    parts[3] = flipped.toString('base64url');
    expect(box.open(parts.join('.'))).toBeUndefined();
    expect(new SecretBox('b'.repeat(40)).open(sealed)).toBeUndefined();
    expect(box.open('garbage')).toBeUndefined();
  });
});
