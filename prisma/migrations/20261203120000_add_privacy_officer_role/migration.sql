-- The privacy officer (prisma/schema/users.prisma): reads the audit log of their region (NEN 7513),
-- never case content. Hand-written in Prisma's style; the value takes its place in the schema's order.

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'PRIVACY_OFFICER' BEFORE 'PROCESS_OWNER';
