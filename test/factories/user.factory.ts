import { randomUUID } from 'node:crypto';
import { PasswordHasher } from '../../src/auth/password-hasher';
import { PrismaClient } from '../../src/generated/prisma/client';
import { Role } from '../../src/generated/prisma/enums';
import { TestRegion } from './region.factory';

export const TEST_PASSWORD = 'test-password-123';

/** Hashing costs ~90 ms; the test users of a run share one hash of the test password. */
let testHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  password: string;
  username: string;
}

/** Which organisation of a test region a role works for. */
const ORGANISATION_OF: Record<Role, keyof TestRegion['organisations']> = {
  [Role.ADMINISTRATOR]: 'gemeenten',
  [Role.CHAIR]: 'gemeenten',
  [Role.LOCAL_TEAM]: 'wijkteam',
  [Role.MANAGER]: 'gemeenten',
  [Role.MUNICIPAL_CONTACT]: 'gemeenten',
  [Role.PRIVACY_OFFICER]: 'gemeenten',
  [Role.PROCESS_OWNER]: 'gemeenten',
  [Role.RAAD_WORKER]: 'raad',
  [Role.SECRETARY]: 'gemeenten',
  [Role.VEILIG_THUIS]: 'veiligThuis',
  [Role.YOUTH_PROTECTOR]: 'gi',
};

/** A user with one role in a test region, signing in with TEST_PASSWORD. */
export async function createUser(prisma: PrismaClient, region: TestRegion, role: Role, options: { active?: boolean } = {}): Promise<TestUser> {
  testHash ??= new PasswordHasher().hash(TEST_PASSWORD);
  const username = `${role.toLowerCase()}.${randomUUID().slice(0, 8)}`;
  const user = await prisma.user.create({
    data: {
      active: options.active ?? true,
      displayName: `Test ${role.toLowerCase()}`,
      memberships: { create: { organisationId: region.organisations[ORGANISATION_OF[role]], regionId: region.id, role } },
      passwordHash: await testHash,
      username,
    },
  });
  return { id: user.id, password: TEST_PASSWORD, username };
}
