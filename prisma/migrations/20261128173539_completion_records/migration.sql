-- CreateTable
CREATE TABLE "CompletionRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT,
    "enrollmentId" TEXT,
    "courseId" TEXT NOT NULL,
    "courseSlug" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "schoolId" TEXT,
    "sector" TEXT,
    "municipalityId" TEXT,
    "prioritised" BOOLEAN,
    "scores" TEXT NOT NULL,
    "completedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verificationCode" TEXT NOT NULL,
    CONSTRAINT "CompletionRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CompletionRecord_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "Enrollment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "CompletionRecord_enrollmentId_key" ON "CompletionRecord"("enrollmentId");

-- CreateIndex
CREATE UNIQUE INDEX "CompletionRecord_verificationCode_key" ON "CompletionRecord"("verificationCode");

-- CreateIndex
CREATE INDEX "CompletionRecord_completedAt_idx" ON "CompletionRecord"("completedAt");

-- CreateIndex
CREATE INDEX "CompletionRecord_municipalityId_idx" ON "CompletionRecord"("municipalityId");

-- CreateIndex
CREATE INDEX "CompletionRecord_schoolId_idx" ON "CompletionRecord"("schoolId");

