CREATE TABLE "platform_gtin_counters" (
	"company_prefix" text PRIMARY KEY NOT NULL,
	"next_item_reference" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "platform_gtin" text;--> statement-breakpoint
ALTER TABLE "stamp_issuances" ADD COLUMN "gtin" text;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_platform_gtin_unique" UNIQUE("platform_gtin");--> statement-breakpoint
-- Added by hand: earlier print runs recorded no key; their URLs were rebuilt from the product's
-- GTIN, else its code, and a product's GTIN could only be set when it was registered. Recording
-- that keeps every earlier run's URLs exactly as the registry has been answering them.
UPDATE "stamp_issuances" AS i SET "gtin" = p."gtin"
FROM "batches" AS b JOIN "products" AS p ON p."id" = b."product_id"
WHERE b."id" = i."batch_id" AND p."gtin" IS NOT NULL;
