ALTER TYPE "public"."alert_kind" ADD VALUE 'stamp_many_networks';--> statement-breakpoint
ALTER TABLE "network_regions" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
-- allow-drop: network_regions held one demo row; GeoIP shipped in an npm package replaces it (decision 014)
DROP TABLE "network_regions" CASCADE;--> statement-breakpoint
ALTER TABLE "scans" ADD COLUMN "claimed_province" text;--> statement-breakpoint
ALTER TABLE "scans" ADD COLUMN "network_kind" text;--> statement-breakpoint
ALTER TABLE "scans" ADD COLUMN "client_ip" "inet";--> statement-breakpoint
CREATE INDEX "scans_client_ip_idx" ON "scans" USING btree ("scanned_at") WHERE "scans"."client_ip" is not null;--> statement-breakpoint
-- A client's claim was once stored as the scan's province; keep it apart, and stop showing it as where a stamp was first scanned.
UPDATE "scans" SET "claimed_province" = "province", "province" = NULL WHERE "province_source" = 'client';--> statement-breakpoint
UPDATE "stamps" st SET "first_scan_province" = NULL WHERE EXISTS (SELECT 1 FROM "scans" s WHERE s."batch_id" = st."batch_id" AND s."seq" = st."seq" AND s."scanned_at" = st."first_scan_at" AND s."claimed_province" IS NOT NULL);
