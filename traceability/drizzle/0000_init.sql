CREATE TYPE "public"."alert_kind" AS ENUM('stamp_many_provinces', 'stamp_many_scans', 'consumer_report');--> statement-breakpoint
CREATE TYPE "public"."alert_status" AS ENUM('open', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."stamp_issuance_status" AS ENUM('running', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."issuing_level" AS ENUM('district', 'province', 'central');--> statement-breakpoint
CREATE TYPE "public"."producer_kind" AS ENUM('cooperative', 'cooperative_group', 'enterprise', 'household_business');--> statement-breakpoint
CREATE TYPE "public"."province_source" AS ENUM('client', 'network', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."revocation_reason" AS ENUM('not_reevaluated', 'failed_mandatory', 'quality_violation', 'other');--> statement-breakpoint
CREATE TYPE "public"."sales_channel" AS ENUM('marketplace', 'showroom', 'supermarket', 'livestream', 'other');--> statement-breakpoint
CREATE TYPE "public"."sales_event_kind" AS ENUM('sale', 'return', 'cancellation');--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "alert_kind" NOT NULL,
	"status" "alert_status" DEFAULT 'open' NOT NULL,
	"batch_id" uuid,
	"seq" integer,
	"product_id" uuid,
	"producer_id" uuid,
	"province" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" text,
	"resolution_note" text
);
--> statement-breakpoint
CREATE TABLE "batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"code" text NOT NULL,
	"produced_at" timestamp with time zone NOT NULL,
	"best_before" date,
	"quantity" integer NOT NULL,
	"raw_material_origin" text,
	"standards" text[] DEFAULT '{}'::text[] NOT NULL,
	"next_seq" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"product_id" uuid NOT NULL,
	"stars" smallint NOT NULL,
	"score_a" numeric(5, 2) NOT NULL,
	"score_b" numeric(5, 2) NOT NULL,
	"score_c" numeric(5, 2) NOT NULL,
	"score_total" numeric(5, 2) NOT NULL,
	"issuing_level" "issuing_level" NOT NULL,
	"issuer_name" text NOT NULL,
	"decision_number" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revocation_reason" "revocation_reason",
	"revocation_note" text,
	"revocation_decision" text,
	"renews_id" uuid,
	"expired_notified_at" timestamp with time zone,
	"expiry_notice_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificates_number_unique" UNIQUE("number"),
	CONSTRAINT "certificates_stars_certified" CHECK ("certificates"."stars" between 3 and 5)
);
--> statement-breakpoint
CREATE TABLE "deliveries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"outbox_id" bigint NOT NULL,
	"subscriber_id" uuid NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "network_regions" (
	"prefix" text PRIMARY KEY NOT NULL,
	"province" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"aggregate_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "producers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"legal_name" text NOT NULL,
	"kind" "producer_kind" NOT NULL,
	"registration_number" text NOT NULL,
	"province" text NOT NULL,
	"commune" text NOT NULL,
	"legacy_district" text,
	"address_line" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "producers_registration_number_unique" UNIQUE("registration_number")
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"producer_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"sector" text NOT NULL,
	"product_group" text NOT NULL,
	"gtin" text,
	"image_url" text,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_code_unique" UNIQUE("code"),
	CONSTRAINT "products_gtin_unique" UNIQUE("gtin")
);
--> statement-breakpoint
CREATE TABLE "sales_daily" (
	"product_id" uuid NOT NULL,
	"producer_id" uuid NOT NULL,
	"channel" "sales_channel" NOT NULL,
	"day" date NOT NULL,
	"quantity" bigint NOT NULL,
	"amount_vnd" bigint NOT NULL,
	"events" integer NOT NULL,
	CONSTRAINT "sales_daily_product_id_channel_day_pk" PRIMARY KEY("product_id","channel","day")
);
--> statement-breakpoint
CREATE TABLE "sales_events" (
	"event_id" text PRIMARY KEY NOT NULL,
	"kind" "sales_event_kind" NOT NULL,
	"product_id" uuid NOT NULL,
	"producer_id" uuid NOT NULL,
	"channel" "sales_channel" NOT NULL,
	"quantity" integer NOT NULL,
	"amount_vnd" bigint NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"order_ref" text,
	"compensates_event_id" text,
	"payload_hash" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scans" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"batch_id" uuid NOT NULL,
	"seq" integer,
	"scanned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"province" text,
	"province_source" "province_source" NOT NULL,
	"network_hash" text,
	"verdict" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stamp_issuances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"idempotency_key" text,
	"requested" integer NOT NULL,
	"issued" integer DEFAULT 0 NOT NULL,
	"status" "stamp_issuance_status" DEFAULT 'running' NOT NULL,
	"first_seq" integer,
	"key_id" text NOT NULL,
	"error" text,
	"created_by" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "stamps" (
	"batch_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"issuance_id" uuid NOT NULL,
	"voided_at" timestamp with time zone,
	"void_reason" text,
	"scan_count" integer DEFAULT 0 NOT NULL,
	"first_scan_at" timestamp with time zone,
	"first_scan_province" text,
	"last_scan_at" timestamp with time zone,
	"provinces" text[] DEFAULT '{}'::text[] NOT NULL,
	"suspicious_at" timestamp with time zone,
	CONSTRAINT "stamps_batch_id_seq_pk" PRIMARY KEY("batch_id","seq")
);
--> statement-breakpoint
CREATE TABLE "event_subscribers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"secret" text NOT NULL,
	"topics" text[] NOT NULL,
	"active" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_subscribers_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_outbox_id_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."outbox"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_subscriber_id_event_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."event_subscribers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_events" ADD CONSTRAINT "sales_events_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_events" ADD CONSTRAINT "sales_events_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamp_issuances" ADD CONSTRAINT "stamp_issuances_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_open_stamp_uq" ON "alerts" USING btree ("kind","batch_id","seq") WHERE "alerts"."status" = 'open' and "alerts"."kind" <> 'consumer_report';--> statement-breakpoint
CREATE INDEX "alerts_status_idx" ON "alerts" USING btree ("status","opened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "batches_product_code_uq" ON "batches" USING btree ("product_id","code");--> statement-breakpoint
CREATE INDEX "certificates_product_idx" ON "certificates" USING btree ("product_id","issued_at");--> statement-breakpoint
CREATE INDEX "certificates_expires_idx" ON "certificates" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "deliveries_outbox_subscriber_uq" ON "deliveries" USING btree ("outbox_id","subscriber_id");--> statement-breakpoint
CREATE INDEX "deliveries_pending_idx" ON "deliveries" USING btree ("next_attempt_at") WHERE "deliveries"."delivered_at" is null;--> statement-breakpoint
CREATE INDEX "products_producer_idx" ON "products" USING btree ("producer_id");--> statement-breakpoint
CREATE INDEX "sales_daily_producer_idx" ON "sales_daily" USING btree ("producer_id","day");--> statement-breakpoint
CREATE INDEX "sales_events_product_idx" ON "sales_events" USING btree ("product_id","occurred_at");--> statement-breakpoint
CREATE INDEX "scans_stamp_idx" ON "scans" USING btree ("batch_id","seq","scanned_at");--> statement-breakpoint
CREATE UNIQUE INDEX "stamp_issuances_idem_uq" ON "stamp_issuances" USING btree ("batch_id","idempotency_key");