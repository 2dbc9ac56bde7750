-- The two outcomes of an OTS-closure review (prisma/schema/decisions.prisma): a review decides whether
-- a supervision order ends or continues, which none of the four outcomes of a referral says.
-- Hand-written in Prisma's style. The decisions recorded before are reclassified by the next
-- migration: PostgreSQL cannot use a new enum value in the transaction that adds it.

-- AlterEnum (after the four outcomes of a referral, in the schema's order)
ALTER TYPE "DecisionOutcome" ADD VALUE 'OTS_CONTINUES';
ALTER TYPE "DecisionOutcome" ADD VALUE 'OTS_ENDS';
