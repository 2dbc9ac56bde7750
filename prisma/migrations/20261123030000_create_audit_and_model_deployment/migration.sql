-- The append-only audit log (NEN 7513): who, on whose behalf, which client, what, when, from where, outcome.
CREATE TABLE "audit_event" (
    "id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "actor_id" TEXT,
    "case_id" UUID,
    "client_ip" TEXT,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "on_behalf_of" TEXT,
    "outcome" TEXT NOT NULL,
    "resource" TEXT NOT NULL,
    "details" JSONB,
    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "audit_event_case_id_occurred_at_idx" ON "audit_event"("case_id", "occurred_at");

-- Append-only means append-only: the database itself refuses updates and deletes.
CREATE FUNCTION "audit_event_is_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "audit_event_append_only" BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"();

CREATE TABLE "model_deployment" (
    "id" UUID NOT NULL,
    "bpmn_process_id" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "deployed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deployment_key" TEXT NOT NULL,
    "process_definition_key" TEXT NOT NULL,
    "resource_name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "model_deployment_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "model_deployment_bpmn_process_id_deployed_at_idx" ON "model_deployment"("bpmn_process_id", "deployed_at");
