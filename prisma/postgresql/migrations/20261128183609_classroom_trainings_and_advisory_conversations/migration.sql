-- CreateEnum
CREATE TYPE "Provider" AS ENUM ('SSV', 'ESS', 'MUNICIPALITY', 'OTHER');

-- CreateTable
CREATE TABLE "ClassroomTraining" (
    "id" TEXT NOT NULL,
    "provider" "Provider" NOT NULL,
    "providerName" TEXT,
    "title" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "prioritised" BOOLEAN NOT NULL,
    "schoolId" TEXT,
    "participantsPo" INTEGER NOT NULL DEFAULT 0,
    "participantsVo" INTEGER NOT NULL DEFAULT 0,
    "participantsMbo" INTEGER NOT NULL DEFAULT 0,
    "participantsSo" INTEGER NOT NULL DEFAULT 0,
    "participantsOther" INTEGER NOT NULL DEFAULT 0,
    "participants" INTEGER NOT NULL,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClassroomTraining_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdvisoryConversation" (
    "id" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "schoolId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "prioritised" BOOLEAN NOT NULL,
    "topic" TEXT NOT NULL,
    "provider" "Provider" NOT NULL,
    "providerName" TEXT,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AdvisoryConversation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClassroomTraining_date_municipalityId_idx" ON "ClassroomTraining"("date", "municipalityId");

-- CreateIndex
CREATE INDEX "ClassroomTraining_municipalityId_idx" ON "ClassroomTraining"("municipalityId");

-- CreateIndex
CREATE INDEX "ClassroomTraining_schoolId_idx" ON "ClassroomTraining"("schoolId");

-- CreateIndex
CREATE INDEX "AdvisoryConversation_date_municipalityId_idx" ON "AdvisoryConversation"("date", "municipalityId");

-- CreateIndex
CREATE INDEX "AdvisoryConversation_schoolId_idx" ON "AdvisoryConversation"("schoolId");

-- AddForeignKey
ALTER TABLE "ClassroomTraining" ADD CONSTRAINT "ClassroomTraining_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassroomTraining" ADD CONSTRAINT "ClassroomTraining_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassroomTraining" ADD CONSTRAINT "ClassroomTraining_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvisoryConversation" ADD CONSTRAINT "AdvisoryConversation_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvisoryConversation" ADD CONSTRAINT "AdvisoryConversation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvisoryConversation" ADD CONSTRAINT "AdvisoryConversation_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

