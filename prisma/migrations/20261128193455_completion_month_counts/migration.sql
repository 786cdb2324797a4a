-- CreateTable
CREATE TABLE "CompletionMonthMunicipality" (
    "month" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "completions" INTEGER NOT NULL,

    PRIMARY KEY ("month", "municipalityId")
);

-- CreateTable
CREATE TABLE "CompletionMonthCourse" (
    "month" TEXT NOT NULL,
    "courseSlug" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "prioritised" TEXT NOT NULL,
    "completions" INTEGER NOT NULL,

    PRIMARY KEY ("month", "courseSlug", "sector", "prioritised")
);


-- Written by hand (Prisma does not model triggers): keep both counts in step with
-- CompletionRecord on every insert, update and delete. Decrements only touch existing rows,
-- so the counts never hold a row for a month without records. See docs/decisions/006.
CREATE TRIGGER "CompletionRecord_count_months_insert" AFTER INSERT ON "CompletionRecord" BEGIN
    INSERT INTO "CompletionMonthMunicipality" ("month", "municipalityId", "completions")
        VALUES (strftime('%Y-%m', NEW."completedAt"), coalesce(NEW."municipalityId", ''), 1)
        ON CONFLICT ("month", "municipalityId") DO UPDATE SET "completions" = "completions" + 1;
    INSERT INTO "CompletionMonthCourse" ("month", "courseSlug", "sector", "prioritised", "completions")
        VALUES (strftime('%Y-%m', NEW."completedAt"), NEW."courseSlug", coalesce(NEW."sector", ''),
                CASE WHEN NEW."prioritised" IS NULL THEN 'unknown' WHEN NEW."prioritised" THEN 'yes' ELSE 'no' END, 1)
        ON CONFLICT ("month", "courseSlug", "sector", "prioritised") DO UPDATE SET "completions" = "completions" + 1;
END;

CREATE TRIGGER "CompletionRecord_count_months_delete" AFTER DELETE ON "CompletionRecord" BEGIN
    UPDATE "CompletionMonthMunicipality" SET "completions" = "completions" - 1
        WHERE "month" = strftime('%Y-%m', OLD."completedAt") AND "municipalityId" = coalesce(OLD."municipalityId", '');
    UPDATE "CompletionMonthCourse" SET "completions" = "completions" - 1
        WHERE "month" = strftime('%Y-%m', OLD."completedAt") AND "courseSlug" = OLD."courseSlug" AND "sector" = coalesce(OLD."sector", '')
          AND "prioritised" = CASE WHEN OLD."prioritised" IS NULL THEN 'unknown' WHEN OLD."prioritised" THEN 'yes' ELSE 'no' END;
END;

CREATE TRIGGER "CompletionRecord_count_months_update"
AFTER UPDATE OF "completedAt", "municipalityId", "sector", "courseSlug", "prioritised" ON "CompletionRecord" BEGIN
    UPDATE "CompletionMonthMunicipality" SET "completions" = "completions" - 1
        WHERE "month" = strftime('%Y-%m', OLD."completedAt") AND "municipalityId" = coalesce(OLD."municipalityId", '');
    UPDATE "CompletionMonthCourse" SET "completions" = "completions" - 1
        WHERE "month" = strftime('%Y-%m', OLD."completedAt") AND "courseSlug" = OLD."courseSlug" AND "sector" = coalesce(OLD."sector", '')
          AND "prioritised" = CASE WHEN OLD."prioritised" IS NULL THEN 'unknown' WHEN OLD."prioritised" THEN 'yes' ELSE 'no' END;
    INSERT INTO "CompletionMonthMunicipality" ("month", "municipalityId", "completions")
        VALUES (strftime('%Y-%m', NEW."completedAt"), coalesce(NEW."municipalityId", ''), 1)
        ON CONFLICT ("month", "municipalityId") DO UPDATE SET "completions" = "completions" + 1;
    INSERT INTO "CompletionMonthCourse" ("month", "courseSlug", "sector", "prioritised", "completions")
        VALUES (strftime('%Y-%m', NEW."completedAt"), NEW."courseSlug", coalesce(NEW."sector", ''),
                CASE WHEN NEW."prioritised" IS NULL THEN 'unknown' WHEN NEW."prioritised" THEN 'yes' ELSE 'no' END, 1)
        ON CONFLICT ("month", "courseSlug", "sector", "prioritised") DO UPDATE SET "completions" = "completions" + 1;
END;

-- The records that exist already.
INSERT INTO "CompletionMonthMunicipality" ("month", "municipalityId", "completions")
    SELECT strftime('%Y-%m', "completedAt"), coalesce("municipalityId", ''), count(*) FROM "CompletionRecord" GROUP BY 1, 2;
INSERT INTO "CompletionMonthCourse" ("month", "courseSlug", "sector", "prioritised", "completions")
    SELECT strftime('%Y-%m', "completedAt"), "courseSlug", coalesce("sector", ''),
           CASE WHEN "prioritised" IS NULL THEN 'unknown' WHEN "prioritised" THEN 'yes' ELSE 'no' END, count(*)
    FROM "CompletionRecord" GROUP BY 1, 2, 3, 4;
