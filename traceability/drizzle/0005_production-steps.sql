CREATE TYPE "public"."production_stage" AS ENUM('growing', 'harvesting', 'receiving', 'processing', 'packing', 'inspecting', 'storing', 'other');--> statement-breakpoint
CREATE TABLE "production_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"stage" "production_stage" NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"inputs" text[] DEFAULT '{}'::text[] NOT NULL,
	"note" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "production_steps" ADD CONSTRAINT "production_steps_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "production_steps_batch_position_uq" ON "production_steps" USING btree ("batch_id","position");