-- CreateEnum
CREATE TYPE "DepositRule" AS ENUM ('NONE', 'PERCENT', 'FIXED');

-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('DEPOSIT', 'FINAL', 'CREDIT_NOTE');

-- CreateEnum
CREATE TYPE "CreditReason" AS ENUM ('REFUND', 'ACCOUNT_CREDIT', 'CANCELLATION');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('BANK_TRANSFER', 'STRIPE', 'CREDIT');

-- CreateEnum
CREATE TYPE "RefundStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LeadEventType" ADD VALUE 'PROPOSAL_SENT';
ALTER TYPE "LeadEventType" ADD VALUE 'PROPOSAL_ACCEPTED';
ALTER TYPE "LeadEventType" ADD VALUE 'INVOICE_ISSUED';
ALTER TYPE "LeadEventType" ADD VALUE 'PAYMENT_RECORDED';
ALTER TYPE "LeadEventType" ADD VALUE 'REFUND_RECORDED';
ALTER TYPE "LeadEventType" ADD VALUE 'PAYMENT_NEEDS_DECISION';

-- AlterTable
ALTER TABLE "LeadEvent" ADD COLUMN     "amountMinor" INTEGER,
ADD COLUMN     "documentNumber" VARCHAR(40),
ADD COLUMN     "invoiceId" UUID;

-- CreateTable
CREATE TABLE "BillingSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "depositRule" "DepositRule" NOT NULL DEFAULT 'NONE',
    "depositPercent" SMALLINT NOT NULL DEFAULT 50,
    "depositFixedMinor" INTEGER NOT NULL DEFAULT 0,
    "forfeitAsCredit" BOOLEAN NOT NULL DEFAULT false,
    "taxRateBasisPoints" SMALLINT NOT NULL DEFAULT 0,
    "taxInclusive" BOOLEAN NOT NULL DEFAULT true,
    "taxLabel" VARCHAR(20) NOT NULL DEFAULT 'VAT',
    "taxNumber" VARCHAR(40) NOT NULL DEFAULT '',
    "legalName" VARCHAR(200) NOT NULL DEFAULT '',
    "address" VARCHAR(500) NOT NULL DEFAULT '',
    "invoicePrefix" VARCHAR(12) NOT NULL DEFAULT 'INV-',
    "creditNotePrefix" VARCHAR(12) NOT NULL DEFAULT 'CN-',
    "bankInstructions" VARCHAR(1000) NOT NULL DEFAULT '',
    "paymentTermsDays" SMALLINT NOT NULL DEFAULT 14,
    "cardPayments" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BillingSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CancellationTier" (
    "id" UUID NOT NULL,
    "minNoticeHours" INTEGER NOT NULL,
    "refundPercent" SMALLINT NOT NULL,

    CONSTRAINT "CancellationTier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TermsVersion" (
    "version" INTEGER NOT NULL,
    "body" VARCHAR(20000) NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TermsVersion_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "lines" JSONB NOT NULL,
    "subtotalMinor" INTEGER NOT NULL,
    "taxMinor" INTEGER NOT NULL,
    "totalMinor" INTEGER NOT NULL,
    "depositMinor" INTEGER NOT NULL,
    "taxRateBasisPoints" SMALLINT NOT NULL,
    "taxInclusive" BOOLEAN NOT NULL,
    "taxLabel" VARCHAR(20) NOT NULL,
    "policy" JSONB NOT NULL,
    "termsVersion" INTEGER NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersededAt" TIMESTAMPTZ(3),
    "acceptedAt" TIMESTAMPTZ(3),
    "acceptedName" VARCHAR(120),
    "acceptedIp" VARCHAR(64),
    "acceptedUserAgent" VARCHAR(400),

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" UUID NOT NULL,
    "kind" "InvoiceKind" NOT NULL,
    "series" VARCHAR(20) NOT NULL,
    "sequence" INTEGER NOT NULL,
    "number" VARCHAR(40) NOT NULL,
    "inquiryId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "proposalId" UUID,
    "creditsInvoiceId" UUID,
    "creditReason" "CreditReason",
    "currency" VARCHAR(3) NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL,
    "dueAt" TIMESTAMPTZ(3),
    "lines" JSONB NOT NULL,
    "subtotalMinor" INTEGER NOT NULL,
    "taxMinor" INTEGER NOT NULL,
    "totalMinor" INTEGER NOT NULL,
    "lessDepositMinor" INTEGER NOT NULL DEFAULT 0,
    "lessDepositTax" INTEGER NOT NULL DEFAULT 0,
    "amountDueMinor" INTEGER NOT NULL,
    "taxRateBasisPoints" SMALLINT NOT NULL,
    "taxInclusive" BOOLEAN NOT NULL,
    "taxLabel" VARCHAR(20) NOT NULL,
    "sellerName" VARCHAR(200) NOT NULL,
    "sellerAddress" VARCHAR(500) NOT NULL,
    "sellerTaxNumber" VARCHAR(40) NOT NULL,
    "paymentInstructions" VARCHAR(1000) NOT NULL,
    "buyerName" VARCHAR(240) NOT NULL,
    "buyerEmail" VARCHAR(254),
    "note" VARCHAR(500) NOT NULL DEFAULT '',
    "createdById" UUID,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceCounter" (
    "series" VARCHAR(20) NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InvoiceCounter_pkey" PRIMARY KEY ("series")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "reference" VARCHAR(200) NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "stripePaymentIntentId" VARCHAR(100),
    "attention" VARCHAR(40),
    "attentionHandledAt" TIMESTAMPTZ(3),
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" UUID NOT NULL,
    "paymentId" UUID NOT NULL,
    "creditNoteId" UUID NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "status" "RefundStatus" NOT NULL DEFAULT 'PENDING',
    "stripeRefundId" VARCHAR(100),
    "lastError" VARCHAR(500),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BookingExtra" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "invoiceId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BookingExtra_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" VARCHAR(100) NOT NULL,
    "type" VARCHAR(100) NOT NULL,
    "payload" JSONB NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMPTZ(3),
    "outcome" VARCHAR(200),

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeCheckout" (
    "id" VARCHAR(100) NOT NULL,
    "invoiceId" UUID NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "url" VARCHAR(2000) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripeCheckout_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CancellationTier_minNoticeHours_key" ON "CancellationTier"("minNoticeHours");

-- CreateIndex
CREATE INDEX "Proposal_inquiryId_idx" ON "Proposal"("inquiryId");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_groupId_version_key" ON "Proposal"("groupId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_number_key" ON "Invoice"("number");

-- CreateIndex
CREATE INDEX "Invoice_inquiryId_idx" ON "Invoice"("inquiryId");

-- CreateIndex
CREATE INDEX "Invoice_groupId_idx" ON "Invoice"("groupId");

-- CreateIndex
CREATE INDEX "Invoice_issuedAt_idx" ON "Invoice"("issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_series_sequence_key" ON "Invoice"("series", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_stripePaymentIntentId_key" ON "Payment"("stripePaymentIntentId");

-- CreateIndex
CREATE INDEX "Payment_invoiceId_idx" ON "Payment"("invoiceId");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_creditNoteId_key" ON "Refund"("creditNoteId");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_stripeRefundId_key" ON "Refund"("stripeRefundId");

-- CreateIndex
CREATE INDEX "Refund_paymentId_idx" ON "Refund"("paymentId");

-- CreateIndex
CREATE INDEX "BookingExtra_groupId_idx" ON "BookingExtra"("groupId");

-- CreateIndex
CREATE INDEX "StripeCheckout_invoiceId_idx" ON "StripeCheckout"("invoiceId");

-- AddForeignKey
ALTER TABLE "TermsVersion" ADD CONSTRAINT "TermsVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_groupId_inquiryId_fkey" FOREIGN KEY ("groupId", "inquiryId") REFERENCES "BookingGroup"("id", "inquiryId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_termsVersion_fkey" FOREIGN KEY ("termsVersion") REFERENCES "TermsVersion"("version") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_groupId_inquiryId_fkey" FOREIGN KEY ("groupId", "inquiryId") REFERENCES "BookingGroup"("id", "inquiryId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_creditsInvoiceId_fkey" FOREIGN KEY ("creditsInvoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_creditNoteId_fkey" FOREIGN KEY ("creditNoteId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingExtra" ADD CONSTRAINT "BookingExtra_groupId_inquiryId_fkey" FOREIGN KEY ("groupId", "inquiryId") REFERENCES "BookingGroup"("id", "inquiryId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingExtra" ADD CONSTRAINT "BookingExtra_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingExtra" ADD CONSTRAINT "BookingExtra_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StripeCheckout" ADD CONSTRAINT "StripeCheckout_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The studio's billing settings (one row), its numbering series and a default cancellation
-- policy: a full refund at least 14 days ahead, half at least 48 hours ahead, nothing later.
INSERT INTO "BillingSettings" ("id", "updatedAt") VALUES (1, now());
INSERT INTO "InvoiceCounter" ("series") VALUES ('INVOICE'), ('CREDIT_NOTE');
INSERT INTO "CancellationTier" ("id", "minNoticeHours", "refundPercent") VALUES
  (gen_random_uuid(), 336, 100),
  (gen_random_uuid(), 48, 50);

ALTER TABLE "BillingSettings" ADD CONSTRAINT "BillingSettings_one_row" CHECK ("id" = 1);
ALTER TABLE "BillingSettings" ADD CONSTRAINT "BillingSettings_amounts" CHECK (
  "depositPercent" BETWEEN 1 AND 100 AND "depositFixedMinor" >= 0
  AND "taxRateBasisPoints" BETWEEN 0 AND 10000 AND "paymentTermsDays" BETWEEN 0 AND 365);
ALTER TABLE "CancellationTier" ADD CONSTRAINT "CancellationTier_range" CHECK (
  "minNoticeHours" BETWEEN 1 AND 8760 AND "refundPercent" BETWEEN 0 AND 100);
ALTER TABLE "TermsVersion" ADD CONSTRAINT "TermsVersion_positive" CHECK ("version" >= 1);

-- A proposal's acceptance is whole or absent, and its money adds up.
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_acceptance_whole" CHECK (
  ("acceptedAt" IS NULL) = ("acceptedName" IS NULL));
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_amounts" CHECK (
  "totalMinor" = "subtotalMinor" + "taxMinor" AND "taxMinor" >= 0
  AND "depositMinor" BETWEEN 0 AND "totalMinor" AND "version" >= 1);

-- An invoice adds up, a credit note names what it credits and why, and nothing else does.
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_amounts" CHECK (
  "totalMinor" = "subtotalMinor" + "taxMinor" AND "taxMinor" >= 0 AND "totalMinor" >= 0
  AND "lessDepositMinor" >= 0 AND "lessDepositTax" BETWEEN 0 AND "lessDepositMinor"
  AND "amountDueMinor" = "totalMinor" - "lessDepositMinor" AND "amountDueMinor" >= 0);
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_credit_note_shape" CHECK (
  ("kind" = 'CREDIT_NOTE') = ("creditsInvoiceId" IS NOT NULL)
  AND ("kind" = 'CREDIT_NOTE') = ("creditReason" IS NOT NULL)
  AND "series" = CASE WHEN "kind" = 'CREDIT_NOTE' THEN 'CREDIT_NOTE' ELSE 'INVOICE' END);

ALTER TABLE "Payment" ADD CONSTRAINT "Payment_positive" CHECK ("amountMinor" > 0);
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_stripe_keyed" CHECK (
  ("method" = 'STRIPE') = ("stripePaymentIntentId" IS NOT NULL));
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_positive" CHECK ("amountMinor" > 0);
ALTER TABLE "BookingExtra" ADD CONSTRAINT "BookingExtra_amount" CHECK ("amountMinor" > 0);

-- An issued invoice never changes. The one change allowed is erasure blanking the buyer's
-- email (an invoice does not need it), and an invoice is never deleted.
-- The migration runner sends this script one statement at a time, cut at every semicolon, so
-- the function body is an escaped string whose semicolons are written \073.
CREATE FUNCTION "invoice_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  unchanged "Invoice"\073
BEGIN
  IF TG_OP = ''DELETE'' THEN
    RAISE EXCEPTION ''Invoice % is issued and cannot be deleted'', OLD."number" USING ERRCODE = ''integrity_constraint_violation''\073
  END IF\073
  unchanged := NEW\073
  unchanged."buyerEmail" := OLD."buyerEmail"\073
  IF unchanged IS DISTINCT FROM OLD OR (NEW."buyerEmail" IS DISTINCT FROM OLD."buyerEmail" AND NEW."buyerEmail" IS NOT NULL) THEN
    RAISE EXCEPTION ''Invoice % is issued and cannot change, issue a credit note instead'', OLD."number" USING ERRCODE = ''integrity_constraint_violation''\073
  END IF\073
  RETURN NEW\073
END
';

CREATE TRIGGER "Invoice_immutable" BEFORE UPDATE OR DELETE ON "Invoice"
  FOR EACH ROW EXECUTE FUNCTION "invoice_is_immutable"();
