-- CreateIndex
CREATE INDEX "Invoice_kind_dueAt_idx" ON "Invoice"("kind", "dueAt");

-- CreateIndex
CREATE INDEX "Invoice_creditsInvoiceId_idx" ON "Invoice"("creditsInvoiceId");

-- CreateIndex
CREATE INDEX "Payment_receivedAt_idx" ON "Payment"("receivedAt");


-- Added by hand: the payments waiting for the studio's decision, which the dashboard lists: a
-- handful at most, however many payments there are.
CREATE INDEX "Payment_needs_decision_idx" ON "Payment"("receivedAt")
  WHERE "attention" IS NOT NULL AND "attentionHandledAt" IS NULL;

-- An erased lead's money records keep what the law and the studio's books need, and nothing else
-- of the artist's: no email on its invoices (their buyerName stays, an invoice needs it), no
-- typed name, address or browser on its proposals' acceptances (when and under which terms stay,
-- as the record of agreement), and no bank reference on its transfers (it often carries the
-- artist's name). A CHECK cannot look at other tables, so this is a constraint trigger, checked
-- when the erasing transaction commits: like "Inquiry_erased_holds_no_personal_data", it refuses
-- a half-done erasure. The runner cuts this script at every semicolon, so the body is an escaped
-- string whose semicolons are written \073.
CREATE FUNCTION "erased_lead_money_holds_no_personal_data"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF EXISTS (SELECT 1 FROM "Invoice" WHERE "inquiryId" = NEW."id" AND "buyerEmail" IS NOT NULL)
    OR EXISTS (SELECT 1 FROM "Proposal" WHERE "inquiryId" = NEW."id"
      AND ("acceptedIp" IS NOT NULL OR "acceptedUserAgent" IS NOT NULL OR "acceptedName" <> ''''))
    OR EXISTS (SELECT 1 FROM "Payment" p JOIN "Invoice" i ON i."id" = p."invoiceId"
      WHERE i."inquiryId" = NEW."id" AND p."method" = ''BANK_TRANSFER'' AND p."reference" <> '''') THEN
    RAISE EXCEPTION ''Lead % is erased but its money records still hold personal data'', NEW."reference"
      USING ERRCODE = ''check_violation'', CONSTRAINT = ''Inquiry_erased_money_holds_no_personal_data''\073
  END IF\073
  RETURN NULL\073
END
';

CREATE CONSTRAINT TRIGGER "Inquiry_erased_money_holds_no_personal_data" AFTER UPDATE OF "erasedAt" ON "Inquiry"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW."erasedAt" IS NOT NULL)
  EXECUTE FUNCTION "erased_lead_money_holds_no_personal_data"();

-- Leads erased before erasure reached their money records (the invoice trigger lets buyerEmail
-- become NULL, and nothing else).
UPDATE "Invoice" SET "buyerEmail" = NULL
  WHERE "buyerEmail" IS NOT NULL AND "inquiryId" IN (SELECT "id" FROM "Inquiry" WHERE "erasedAt" IS NOT NULL);
UPDATE "Proposal" SET "acceptedName" = CASE WHEN "acceptedAt" IS NULL THEN NULL ELSE '' END, "acceptedIp" = NULL, "acceptedUserAgent" = NULL
  WHERE "inquiryId" IN (SELECT "id" FROM "Inquiry" WHERE "erasedAt" IS NOT NULL);
UPDATE "Payment" SET "reference" = ''
  WHERE "method" = 'BANK_TRANSFER' AND "reference" <> ''
    AND "invoiceId" IN (SELECT i."id" FROM "Invoice" i JOIN "Inquiry" l ON l."id" = i."inquiryId" WHERE l."erasedAt" IS NOT NULL);
