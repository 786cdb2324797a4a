-- CreateTable
CREATE TABLE "XapiStatement" (
    "id" TEXT NOT NULL,
    "progressEventId" TEXT NOT NULL,
    "verb" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "timestamp" TIMESTAMP(3) NOT NULL,
    "storedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "XapiStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reflection" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "reflectionId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reflection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "XapiStatement_timestamp_idx" ON "XapiStatement"("timestamp");

-- CreateIndex
CREATE INDEX "XapiStatement_progressEventId_idx" ON "XapiStatement"("progressEventId");

-- CreateIndex
CREATE UNIQUE INDEX "Reflection_userId_courseId_reflectionId_key" ON "Reflection"("userId", "courseId", "reflectionId");

-- AddForeignKey
ALTER TABLE "XapiStatement" ADD CONSTRAINT "XapiStatement_progressEventId_fkey" FOREIGN KEY ("progressEventId") REFERENCES "ProgressEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reflection" ADD CONSTRAINT "Reflection_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

