-- CreateEnum
CREATE TYPE "DraftStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'DISCARDED');

-- DropIndex
DROP INDEX "CourseVersion_courseId_contentHash_key";

-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "withdrawnAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnById" TEXT;

-- AlterTable
ALTER TABLE "CourseVersion" ADD COLUMN     "origin" TEXT NOT NULL DEFAULT 'bestanden',
ADD COLUMN     "publishedById" TEXT,
ADD COLUMN     "restoredFromVersionId" TEXT;

-- CreateTable
CREATE TABLE "CourseVersionSource" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "content" TEXT NOT NULL,

    CONSTRAINT "CourseVersionSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseDraft" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "status" "DraftStatus" NOT NULL DEFAULT 'DRAFT',
    "baseVersionId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedVersionId" TEXT,

    CONSTRAINT "CourseDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftFile" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "content" TEXT,
    "bytes" BYTEA,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "openedById" TEXT,
    "openedAt" TIMESTAMP(3),

    CONSTRAINT "DraftFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftContributor" (
    "draftId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "DraftContributor_pkey" PRIMARY KEY ("draftId","userId")
);

-- CreateTable
CREATE TABLE "DraftStep" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actorId" TEXT,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DraftStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "courseSlug" TEXT,
    "detail" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE INDEX "CourseVersion_courseId_contentHash_idx" ON "CourseVersion"("courseId", "contentHash");

-- AddForeignKey
ALTER TABLE "CourseVersion" ADD CONSTRAINT "CourseVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseVersionSource" ADD CONSTRAINT "CourseVersionSource_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CourseVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseDraft" ADD CONSTRAINT "CourseDraft_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseDraft" ADD CONSTRAINT "CourseDraft_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseDraft" ADD CONSTRAINT "CourseDraft_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "CourseVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftFile" ADD CONSTRAINT "DraftFile_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "CourseDraft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftFile" ADD CONSTRAINT "DraftFile_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftFile" ADD CONSTRAINT "DraftFile_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftContributor" ADD CONSTRAINT "DraftContributor_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "CourseDraft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftContributor" ADD CONSTRAINT "DraftContributor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftStep" ADD CONSTRAINT "DraftStep_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "CourseDraft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftStep" ADD CONSTRAINT "DraftStep_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

