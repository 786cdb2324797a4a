-- DropIndex
DROP INDEX "AdvisoryConversation_date_municipalityId_idx";

-- DropIndex
DROP INDEX "ClassroomTraining_date_municipalityId_idx";

-- DropIndex
DROP INDEX "CompletionRecord_completedAt_idx";

-- CreateIndex
CREATE INDEX "AdvisoryConversation_date_municipalityId_provider_prioritis_idx" ON "AdvisoryConversation"("date", "municipalityId", "provider", "prioritised");

-- CreateIndex
CREATE INDEX "ClassroomTraining_date_municipalityId_provider_prioritised__idx" ON "ClassroomTraining"("date", "municipalityId", "provider", "prioritised", "participantsPo", "participantsVo", "participantsMbo", "participantsSo", "participantsOther");

-- CreateIndex
CREATE INDEX "CompletionRecord_completedAt_municipalityId_sector_courseSl_idx" ON "CompletionRecord"("completedAt", "municipalityId", "sector", "courseSlug", "prioritised");
