-- A partner's message in German and Italian, beside French and English (each optional, 500 characters).
-- AlterTable
ALTER TABLE "partner" ADD COLUMN     "message_de" VARCHAR(500),
ADD COLUMN     "message_it" VARCHAR(500);
