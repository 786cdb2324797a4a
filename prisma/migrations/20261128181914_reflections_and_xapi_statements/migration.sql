-- CreateTable
CREATE TABLE "XapiStatement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "progressEventId" TEXT NOT NULL,
    "verb" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "timestamp" DATETIME NOT NULL,
    "storedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    CONSTRAINT "XapiStatement_progressEventId_fkey" FOREIGN KEY ("progressEventId") REFERENCES "ProgressEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Reflection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "reflectionId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Reflection_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "XapiStatement_timestamp_idx" ON "XapiStatement"("timestamp");

-- CreateIndex
CREATE INDEX "XapiStatement_progressEventId_idx" ON "XapiStatement"("progressEventId");

-- CreateIndex
CREATE UNIQUE INDEX "Reflection_userId_courseId_reflectionId_key" ON "Reflection"("userId", "courseId", "reflectionId");

