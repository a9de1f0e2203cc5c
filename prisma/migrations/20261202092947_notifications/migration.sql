-- CreateEnum
CREATE TYPE "NotificationEvent" AS ENUM ('OPENED', 'ACKNOWLEDGED', 'RESOLVED', 'TEST');

-- CreateEnum
CREATE TYPE "NotificationState" AS ENUM ('PENDING', 'DELIVERED', 'EXPIRED');

-- AlterEnum
ALTER TYPE "ChannelKind" ADD VALUE 'EMAIL';

-- DropForeignKey
ALTER TABLE "notification_channels" DROP CONSTRAINT "notification_channels_tenant_id_fkey";

-- AlterTable
ALTER TABLE "notification_channels" DROP CONSTRAINT "notification_channels_pkey",
DROP COLUMN "tenant_id",
ADD COLUMN     "created_by" TEXT NOT NULL,
ADD COLUMN     "email_to" TEXT[],
ADD COLUMN     "kinds" "AlertKind"[],
ADD COLUMN     "notify_on_acknowledge" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "public_url" TEXT,
ADD COLUMN     "tenant_ids" UUID[],
ADD COLUMN     "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "url_hint" TEXT,
ALTER COLUMN "url_encrypted" DROP NOT NULL,
ADD CONSTRAINT "notification_channels_pkey" PRIMARY KEY ("id");

-- CreateTable
CREATE TABLE "notification_messages" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "channel_id" UUID NOT NULL,
    "run_id" UUID,
    "event" "NotificationEvent" NOT NULL,
    "alert_ids" UUID[],
    "payload" JSONB NOT NULL,
    "state" "NotificationState" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "delivered_at" TIMESTAMPTZ(3),

    CONSTRAINT "notification_messages_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "notification_deliveries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "channel_id" UUID NOT NULL,
    "tenant_id" UUID,
    "message_id" UUID,
    "event" "NotificationEvent" NOT NULL,
    "attempt" INTEGER NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "status_code" INTEGER,
    "error" TEXT,
    "duration_ms" INTEGER NOT NULL,
    "next_attempt_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notification_messages_channel_id_created_at_idx" ON "notification_messages"("channel_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "notification_deliveries_channel_id_created_at_idx" ON "notification_deliveries"("channel_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "notification_deliveries_tenant_id_message_id_idx" ON "notification_deliveries"("tenant_id", "message_id");

-- AddForeignKey
ALTER TABLE "notification_messages" ADD CONSTRAINT "notification_messages_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_messages" ADD CONSTRAINT "notification_messages_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "notification_channels"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "notification_channels"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_tenant_id_message_id_fkey" FOREIGN KEY ("tenant_id", "message_id") REFERENCES "notification_messages"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The outbox's due messages (hand-written: Prisma cannot declare a partial index). Workers claim
-- PENDING rows whose next attempt is due, oldest first; delivered and expired rows stay out of it.
CREATE INDEX "notification_messages_due" ON "notification_messages"("next_attempt_at")
    WHERE "state" = 'PENDING';
