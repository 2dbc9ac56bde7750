import { randomBytes, scrypt as scryptCallback, ScryptOptions, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';

const scrypt = (password: string, salt: Buffer, length: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCallback(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))));

/**
 * scrypt cost: N=2^15, r=8, p=1 takes about 90 ms and 32 MiB here, twice node's default. OWASP's
 * advice (N=2^17) takes 450 ms a login on this machine; the parameters travel in every hash, so they
 * can be raised later and old hashes keep working.
 */
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEMORY = 256 * 1024 * 1024;

/**
 * Hashes passwords with node's scrypt into `scrypt$<N>$<r>$<p>$<salt>$<key>` (base64url), so that the
 * parameters can be raised later without invalidating stored hashes.
 */
@Injectable()
export class PasswordHasher {
  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const key = await scrypt(password, salt, KEY_LENGTH, { N, maxmem: MAX_MEMORY, p: P, r: R });
    return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
  }

  /**
   * Whether the password matches the hash. With no hash (unknown user) it still spends the time of a
   * real check, so that response times do not tell which usernames exist.
   */
  async verify(password: string, stored: string | null | undefined): Promise<boolean> {
    const parts = (stored ?? '').split('$');
    if (parts.length !== 6 || parts[0] !== 'scrypt') {
      await scrypt(password, randomBytes(16), KEY_LENGTH, { N, maxmem: MAX_MEMORY, p: P, r: R });
      return false;
    }
    const [, n, r, p, salt, key] = parts;
    const expected = Buffer.from(key, 'base64url');
    const actual = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, { N: Number(n), maxmem: MAX_MEMORY, p: Number(p), r: Number(r) });
    return timingSafeEqual(actual, expected);
  }
}
