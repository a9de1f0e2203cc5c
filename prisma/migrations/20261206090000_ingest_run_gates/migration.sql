-- CreateTable
CREATE TABLE "ingest_run_gates" (
    "tenant_id" UUID NOT NULL,
    "start_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ingest_run_gates_pkey" PRIMARY KEY ("tenant_id")
);

-- AddForeignKey
ALTER TABLE "ingest_run_gates" ADD CONSTRAINT "ingest_run_gates_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
