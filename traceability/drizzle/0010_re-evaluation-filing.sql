ALTER TABLE "certificates" ADD COLUMN "scorecard_version" text DEFAULT 'qd148-2023' NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "re_evaluation_filed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "re_evaluation_decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "re_evaluation_decision" text;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_re_evaluation_decided_when_filed" CHECK ("certificates"."re_evaluation_decided_at" is null or "certificates"."re_evaluation_filed_at" is not null);--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_scorecard_version" CHECK ("certificates"."scorecard_version" in ('qd148-2023', 'qd26-2026'));