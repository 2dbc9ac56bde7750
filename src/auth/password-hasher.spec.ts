import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('accepts the password it hashed and refuses another', async () => {
    // Given a stored hash
    const stored = await hasher.hash('jbt-demo-2026');

    // Then the same password matches, a different one does not, and the hash names its parameters
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    await expect(hasher.verify('jbt-demo-2026', stored)).resolves.toBe(true);
    await expect(hasher.verify('jbt-demo-2027', stored)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hasher.hash('same')).not.toBe(await hasher.hash('same'));
  });

  it('refuses when there is no hash (unknown user or no local password)', async () => {
    await expect(hasher.verify('anything', null)).resolves.toBe(false);
    await expect(hasher.verify('anything', 'md5$abc')).resolves.toBe(false);
  });
});
