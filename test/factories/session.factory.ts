import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { SessionTokenSigner } from '../../src/auth/session-token.signer';
import { TestUser } from './user.factory';

/** Signs a user in through the API and gives the bearer token. */
export async function signIn(app: INestApplication, user: TestUser): Promise<string> {
  const response = await request(app.getHttpServer()).post('/api/auth/login').send({ password: user.password, username: user.username });
  if (response.status !== 200) throw new Error(`Sign-in of ${user.username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.token as string;
}

/** Files a referral as the given token and gives the case id. */
export async function fileReferral(app: INestApplication, token: string, body: Record<string, unknown>): Promise<{ caseId: string; caseNumber: string }> {
  const response = await request(app.getHttpServer()).post('/api/referrals').auth(token, { type: 'bearer' }).send(body);
  if (response.status !== 201) throw new Error(`Filing failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { caseId: string; caseNumber: string };
}

/**
 * Opens a session for a user without the sign-in route (factories and benchmarks that make many users
 * at once) and gives its bearer token. `run` executes SQL on the case record (Prisma or a pg client).
 */
export async function openTestSession(run: (sql: string, values: unknown[]) => Promise<unknown>, signer: SessionTokenSigner, userId: string): Promise<string> {
  const sessionId = randomUUID();
  const { expiresAt, token } = signer.sign(userId, sessionId);
  await run(`INSERT INTO "auth_session" ("id", "user_id", "method", "expires_at") VALUES ($1::uuid, $2::uuid, 'PASSWORD', $3::timestamptz)`, [sessionId, userId, expiresAt.toISOString()]);
  return token;
}
