-- The modeler's saved versions of each model and the four-eyes proposals to deploy one
-- (prisma/schema/model-versions.prisma). Hand-written in Prisma's style.

-- CreateEnum
CREATE TYPE "ModelVersionOrigin" AS ENUM ('MODELER', 'RESTORED', 'SHIPPED');
CREATE TYPE "ModelProposalStatus" AS ENUM ('DEPLOYED', 'DEPLOYING', 'FAILED', 'PENDING', 'REJECTED', 'SUPERSEDED');

-- CreateTable
CREATE TABLE "model_version" (
    "id" UUID NOT NULL,
    "author_id" UUID,
    "author_name" TEXT,
    "bpmn_process_id" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "error_count" INTEGER NOT NULL,
    "name" TEXT,
    "number" INTEGER NOT NULL,
    "origin" "ModelVersionOrigin" NOT NULL,
    "restored_from" INTEGER,
    "warning_count" INTEGER NOT NULL,
    "xml" TEXT NOT NULL,

    CONSTRAINT "model_version_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "model_proposal" (
    "id" UUID NOT NULL,
    "bpmn_process_id" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "decided_at" TIMESTAMPTZ(3),
    "decider_id" UUID,
    "decider_name" TEXT,
    "decision_note" TEXT,
    "deployment_key" TEXT,
    "engine_version" INTEGER,
    "process_definition_key" TEXT,
    "proposed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "proposer_id" UUID NOT NULL,
    "proposer_name" TEXT NOT NULL,
    "status" "ModelProposalStatus" NOT NULL DEFAULT 'PENDING',
    "version_id" UUID NOT NULL,

    CONSTRAINT "model_proposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_version_bpmn_process_id_number_key" ON "model_version"("bpmn_process_id", "number");
CREATE INDEX "model_proposal_bpmn_process_id_proposed_at_idx" ON "model_proposal"("bpmn_process_id", "proposed_at");
CREATE INDEX "model_proposal_version_id_idx" ON "model_proposal"("version_id");

-- AddForeignKey
ALTER TABLE "model_proposal" ADD CONSTRAINT "model_proposal_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "model_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
