ALTER TABLE "stamps" ADD COLUMN "networks" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_renews_uq" ON "certificates" USING btree ("renews_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stamp_issuances_one_running_uq" ON "stamp_issuances" USING btree ("batch_id") WHERE "stamp_issuances"."status" = 'running';