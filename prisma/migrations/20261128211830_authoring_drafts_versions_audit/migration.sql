-- AlterTable
ALTER TABLE "Course" ADD COLUMN "withdrawnAt" DATETIME;
ALTER TABLE "Course" ADD COLUMN "withdrawnById" TEXT;

-- CreateTable
CREATE TABLE "CourseVersionSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    CONSTRAINT "CourseVersionSource_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CourseVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CourseDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "courseId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "baseVersionId" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "publishedVersionId" TEXT,
    CONSTRAINT "CourseDraft_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CourseDraft_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CourseDraft_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "CourseVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DraftFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "draftId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "content" TEXT,
    "bytes" BLOB,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    "openedById" TEXT,
    "openedAt" DATETIME,
    CONSTRAINT "DraftFile_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "CourseDraft" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DraftFile_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DraftFile_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DraftContributor" (
    "draftId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    PRIMARY KEY ("draftId", "userId"),
    CONSTRAINT "DraftContributor_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "CourseDraft" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DraftContributor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DraftStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "draftId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actorId" TEXT,
    "comment" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DraftStep_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "CourseDraft" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DraftStep_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "courseSlug" TEXT,
    "detail" TEXT,
    CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CourseVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "courseId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "metadata" TEXT NOT NULL,
    "manifest" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'bestanden',
    "restoredFromVersionId" TEXT,
    CONSTRAINT "CourseVersion_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CourseVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_CourseVersion" ("contentHash", "courseId", "id", "manifest", "metadata", "number", "publishedAt", "summary", "title") SELECT "contentHash", "courseId", "id", "manifest", "metadata", "number", "publishedAt", "summary", "title" FROM "CourseVersion";
DROP TABLE "CourseVersion";
ALTER TABLE "new_CourseVersion" RENAME TO "CourseVersion";
CREATE INDEX "CourseVersion_courseId_contentHash_idx" ON "CourseVersion"("courseId", "contentHash");
CREATE UNIQUE INDEX "CourseVersion_courseId_number_key" ON "CourseVersion"("courseId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "CourseVersionSource_versionId_path_key" ON "CourseVersionSource"("versionId", "path");

-- CreateIndex
CREATE UNIQUE INDEX "CourseDraft_publishedVersionId_key" ON "CourseDraft"("publishedVersionId");

-- CreateIndex
CREATE INDEX "CourseDraft_courseId_status_idx" ON "CourseDraft"("courseId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "DraftFile_draftId_path_key" ON "DraftFile"("draftId", "path");

-- CreateIndex
CREATE INDEX "DraftStep_draftId_createdAt_idx" ON "DraftStep"("draftId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_createdAt_idx" ON "AuditEntry"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_courseSlug_createdAt_idx" ON "AuditEntry"("courseSlug", "createdAt");

