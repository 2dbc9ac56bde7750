-- The audit log chained by hash (prisma/schema/audit.prisma, docs/security.md "Audit"). Hand-written
-- in Prisma's style, with the chain's functions and triggers, which Prisma does not model.
--
-- Each row gets, at commit, the next place in the chain (seq), the hash of the row before it
-- (prev_hash) and the SHA-256 of its own content with prev_hash (row_hash). The chain is extended by a
-- deferred trigger that locks the one row of audit_chain_head: writers in several processes take turns
-- only for the moment of their commit, and the chain's order is the order of the commits, so no two
-- rows can claim the same predecessor. `npm run audit:verify` recomputes every hash
-- (src/audit/chain/audit-row-hash.ts must stay equal to audit_event_hash below).

-- AlterTable
ALTER TABLE "audit_event" ADD COLUMN "prev_hash" TEXT,
ADD COLUMN "row_hash" TEXT,
ADD COLUMN "seq" BIGINT;

-- CreateTable
CREATE TABLE "audit_chain_head" (
    "id" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,

    CONSTRAINT "audit_chain_head_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "audit_chain_head_one_row" CHECK ("id" = 1)
);

CREATE TABLE "audit_checkpoint" (
    "id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "head_hash" TEXT NOT NULL,
    "head_seq" BIGINT NOT NULL,
    "removed_before" TIMESTAMPTZ(3) NOT NULL,
    "rows_removed" INTEGER NOT NULL,
    "signature" TEXT NOT NULL,
    "through_hash" TEXT NOT NULL,
    "through_seq" BIGINT NOT NULL,

    CONSTRAINT "audit_checkpoint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "audit_event_seq_key" ON "audit_event"("seq");
CREATE INDEX "audit_event_actor_id_occurred_at_idx" ON "audit_event"("actor_id", "occurred_at");
CREATE INDEX "audit_event_occurred_at_idx" ON "audit_event"("occurred_at");
CREATE INDEX "audit_checkpoint_through_seq_idx" ON "audit_checkpoint"("through_seq");

-- One field of the canonical text: "-" for null, else "<length in UTF-8 bytes>:<value>", so that no
-- two different rows give the same text.
CREATE FUNCTION "audit_chain_field"(value TEXT) RETURNS TEXT AS $$
  SELECT CASE WHEN value IS NULL THEN '-' ELSE octet_length(convert_to(value, 'UTF8'))::text || ':' || value END
$$ LANGUAGE sql IMMUTABLE;

-- The hash of a row: SHA-256 (hex) of its canonical text, which ends with prev_hash.
CREATE FUNCTION "audit_event_hash"(e "audit_event") RETURNS TEXT AS $$
  SELECT encode(sha256(convert_to(
    'jbt-audit-v1'
    || "audit_chain_field"(e."seq"::text)
    || "audit_chain_field"(e."id"::text)
    || "audit_chain_field"(to_char(e."occurred_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
    || "audit_chain_field"(e."actor_id")
    || "audit_chain_field"(e."on_behalf_of")
    || "audit_chain_field"(e."client_ip")
    || "audit_chain_field"(e."case_id"::text)
    || "audit_chain_field"(e."resource")
    || "audit_chain_field"(e."action")
    || "audit_chain_field"(e."outcome")
    || "audit_chain_field"(e."details"::text)
    || "audit_chain_field"(e."prev_hash"),
    'UTF8')), 'hex')
$$ LANGUAGE sql STABLE;

-- Append-only, with two exceptions made by the service's own triggers and job: the chain trigger
-- fills the chain columns of a row once, and the retention job removes a prefix of the chain up to
-- the place it names (after writing a signed checkpoint of it).
CREATE OR REPLACE FUNCTION "audit_event_is_append_only"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('jbt.audit_chaining', true) = 'on' AND OLD."row_hash" IS NULL
     AND (to_jsonb(NEW) - 'seq' - 'prev_hash' - 'row_hash') = (to_jsonb(OLD) - 'seq' - 'prev_hash' - 'row_hash') THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' AND OLD."seq" <= NULLIF(current_setting('jbt.audit_prune_through', true), '')::bigint THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_event is append-only';
END;
$$ LANGUAGE plpgsql;

-- A new row enters unchained: only the chain trigger places it.
CREATE FUNCTION "audit_event_enters_unchained"() RETURNS trigger AS $$
BEGIN
  NEW."seq" := NULL;
  NEW."prev_hash" := NULL;
  NEW."row_hash" := NULL;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION "audit_event_refuses_truncate"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only';
END;
$$ LANGUAGE plpgsql;

-- Runs at commit for each new row: waits for the head, takes the next place after it, moves it.
CREATE FUNCTION "audit_event_chain"() RETURNS trigger AS $$
DECLARE
  head "audit_chain_head"%ROWTYPE;
  chained "audit_event"%ROWTYPE;
BEGIN
  SELECT * INTO head FROM "audit_chain_head" WHERE "id" = 1 FOR UPDATE;
  chained := NEW;
  chained."seq" := head."seq" + 1;
  chained."prev_hash" := head."hash";
  chained."row_hash" := "audit_event_hash"(chained);
  PERFORM set_config('jbt.audit_chaining', 'on', true);
  UPDATE "audit_event" SET "seq" = chained."seq", "prev_hash" = chained."prev_hash", "row_hash" = chained."row_hash" WHERE "id" = NEW."id";
  PERFORM set_config('jbt.audit_chaining', 'off', true);
  UPDATE "audit_chain_head" SET "seq" = chained."seq", "hash" = chained."row_hash" WHERE "id" = 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- The rows written before the chain existed are chained in the order they occurred.
DO $$
DECLARE
  r "audit_event"%ROWTYPE;
  place BIGINT := 0;
  previous TEXT := repeat('0', 64);
BEGIN
  PERFORM set_config('jbt.audit_chaining', 'on', true);
  FOR r IN SELECT * FROM "audit_event" ORDER BY "occurred_at", "id" LOOP
    place := place + 1;
    r."seq" := place;
    r."prev_hash" := previous;
    previous := "audit_event_hash"(r);
    UPDATE "audit_event" SET "seq" = r."seq", "prev_hash" = r."prev_hash", "row_hash" = previous WHERE "id" = r."id";
  END LOOP;
  PERFORM set_config('jbt.audit_chaining', 'off', true);
  INSERT INTO "audit_chain_head" ("id", "hash", "seq") VALUES (1, previous, place);
END;
$$;

CREATE TRIGGER "audit_event_unchained" BEFORE INSERT ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_enters_unchained"();
CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuses_truncate"();
CREATE CONSTRAINT TRIGGER "audit_event_chain" AFTER INSERT ON "audit_event"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "audit_event_chain"();
