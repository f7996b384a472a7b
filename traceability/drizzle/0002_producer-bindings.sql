CREATE TYPE "public"."producer_binding_status" AS ENUM('pending', 'active', 'rejected', 'suspended');--> statement-breakpoint
CREATE TABLE "producer_bindings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" text NOT NULL,
	"producer_id" uuid NOT NULL,
	"status" "producer_binding_status" DEFAULT 'pending' NOT NULL,
	"reason" text,
	"claimed_by" text NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "producers" ALTER COLUMN "registration_number" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "producer_bindings" ADD CONSTRAINT "producer_bindings_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "producer_bindings_one_holder_uq" ON "producer_bindings" USING btree ("producer_id") WHERE "producer_bindings"."status" in ('active', 'suspended');--> statement-breakpoint
CREATE UNIQUE INDEX "producer_bindings_one_live_per_account_uq" ON "producer_bindings" USING btree ("account_id") WHERE "producer_bindings"."status" <> 'rejected';--> statement-breakpoint
CREATE INDEX "producer_bindings_producer_idx" ON "producer_bindings" USING btree ("producer_id","status");