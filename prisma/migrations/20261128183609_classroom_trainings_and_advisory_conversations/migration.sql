-- CreateTable
CREATE TABLE "ClassroomTraining" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "provider" TEXT NOT NULL,
    "providerName" TEXT,
    "title" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ClassroomTraining_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ClassroomTraining_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ClassroomTraining_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AdvisoryConversation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "date" DATETIME NOT NULL,
    "schoolId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "prioritised" BOOLEAN NOT NULL,
    "topic" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerName" TEXT,
    "recordedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AdvisoryConversation_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AdvisoryConversation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AdvisoryConversation_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
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

