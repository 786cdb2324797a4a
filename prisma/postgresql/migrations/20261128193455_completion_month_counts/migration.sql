-- CreateTable
CREATE TABLE "CompletionMonthMunicipality" (
    "month" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "completions" INTEGER NOT NULL,

    CONSTRAINT "CompletionMonthMunicipality_pkey" PRIMARY KEY ("month","municipalityId")
);

-- CreateTable
CREATE TABLE "CompletionMonthCourse" (
    "month" TEXT NOT NULL,
    "courseSlug" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "prioritised" TEXT NOT NULL,
    "completions" INTEGER NOT NULL,

    CONSTRAINT "CompletionMonthCourse_pkey" PRIMARY KEY ("month","courseSlug","sector","prioritised")
);


-- Written by hand (Prisma does not model triggers): keep both counts in step with
-- CompletionRecord on every insert, update and delete. Statement-level triggers with
-- transition tables add up a statement's rows first, so a bulk insert changes each count once
-- rather than once per record. Decrements only touch existing rows. TRUNCATE fires no row
-- triggers: truncate the counts with CompletionRecord. See docs/decisions/006.
CREATE FUNCTION "CompletionRecord_count_months"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "CompletionMonthMunicipality" ("month", "municipalityId", "completions")
            SELECT to_char("completedAt", 'YYYY-MM'), coalesce("municipalityId", ''), count(*) FROM new_rows GROUP BY 1, 2
            ON CONFLICT ("month", "municipalityId") DO UPDATE SET "completions" = "CompletionMonthMunicipality"."completions" + excluded."completions";
        INSERT INTO "CompletionMonthCourse" ("month", "courseSlug", "sector", "prioritised", "completions")
            SELECT to_char("completedAt", 'YYYY-MM'), "courseSlug", coalesce("sector"::text, ''),
                   CASE WHEN "prioritised" IS NULL THEN 'unknown' WHEN "prioritised" THEN 'yes' ELSE 'no' END, count(*)
            FROM new_rows GROUP BY 1, 2, 3, 4
            ON CONFLICT ("month", "courseSlug", "sector", "prioritised") DO UPDATE SET "completions" = "CompletionMonthCourse"."completions" + excluded."completions";
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE "CompletionMonthMunicipality" AS tally SET "completions" = tally."completions" - gone."completions"
            FROM (SELECT to_char("completedAt", 'YYYY-MM') AS "month", coalesce("municipalityId", '') AS "municipalityId", count(*) AS "completions"
                  FROM old_rows GROUP BY 1, 2) AS gone
            WHERE tally."month" = gone."month" AND tally."municipalityId" = gone."municipalityId";
        UPDATE "CompletionMonthCourse" AS tally SET "completions" = tally."completions" - gone."completions"
            FROM (SELECT to_char("completedAt", 'YYYY-MM') AS "month", "courseSlug", coalesce("sector"::text, '') AS "sector",
                         CASE WHEN "prioritised" IS NULL THEN 'unknown' WHEN "prioritised" THEN 'yes' ELSE 'no' END AS "prioritised", count(*) AS "completions"
                  FROM old_rows GROUP BY 1, 2, 3, 4) AS gone
            WHERE tally."month" = gone."month" AND tally."courseSlug" = gone."courseSlug" AND tally."sector" = gone."sector" AND tally."prioritised" = gone."prioritised";
    ELSE
        -- An update: the difference per count, so that an update of other columns (erasure
        -- clears userId) changes nothing here.
        WITH changes AS (
            SELECT "completedAt", "municipalityId", "sector", "courseSlug", "prioritised", 1 AS "delta" FROM new_rows
            UNION ALL
            SELECT "completedAt", "municipalityId", "sector", "courseSlug", "prioritised", -1 FROM old_rows
        ), difference AS (
            SELECT to_char("completedAt", 'YYYY-MM') AS "month", coalesce("municipalityId", '') AS "municipalityId", sum("delta")::int AS "delta"
            FROM changes GROUP BY 1, 2 HAVING sum("delta") <> 0
        ), decremented AS (
            UPDATE "CompletionMonthMunicipality" AS tally SET "completions" = tally."completions" + difference."delta"
            FROM difference
            WHERE difference."delta" < 0 AND tally."month" = difference."month" AND tally."municipalityId" = difference."municipalityId"
        )
        INSERT INTO "CompletionMonthMunicipality" ("month", "municipalityId", "completions")
            SELECT "month", "municipalityId", "delta" FROM difference WHERE "delta" > 0
            ON CONFLICT ("month", "municipalityId") DO UPDATE SET "completions" = "CompletionMonthMunicipality"."completions" + excluded."completions";
        WITH changes AS (
            SELECT "completedAt", "municipalityId", "sector", "courseSlug", "prioritised", 1 AS "delta" FROM new_rows
            UNION ALL
            SELECT "completedAt", "municipalityId", "sector", "courseSlug", "prioritised", -1 FROM old_rows
        ), difference AS (
            SELECT to_char("completedAt", 'YYYY-MM') AS "month", "courseSlug", coalesce("sector"::text, '') AS "sector",
                   CASE WHEN "prioritised" IS NULL THEN 'unknown' WHEN "prioritised" THEN 'yes' ELSE 'no' END AS "prioritised", sum("delta")::int AS "delta"
            FROM changes GROUP BY 1, 2, 3, 4 HAVING sum("delta") <> 0
        ), decremented AS (
            UPDATE "CompletionMonthCourse" AS tally SET "completions" = tally."completions" + difference."delta"
            FROM difference
            WHERE difference."delta" < 0 AND tally."month" = difference."month" AND tally."courseSlug" = difference."courseSlug"
              AND tally."sector" = difference."sector" AND tally."prioritised" = difference."prioritised"
        )
        INSERT INTO "CompletionMonthCourse" ("month", "courseSlug", "sector", "prioritised", "completions")
            SELECT "month", "courseSlug", "sector", "prioritised", "delta" FROM difference WHERE "delta" > 0
            ON CONFLICT ("month", "courseSlug", "sector", "prioritised") DO UPDATE SET "completions" = "CompletionMonthCourse"."completions" + excluded."completions";
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "CompletionRecord_count_months_insert" AFTER INSERT ON "CompletionRecord"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "CompletionRecord_count_months"();
CREATE TRIGGER "CompletionRecord_count_months_update" AFTER UPDATE ON "CompletionRecord"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "CompletionRecord_count_months"();
CREATE TRIGGER "CompletionRecord_count_months_delete" AFTER DELETE ON "CompletionRecord"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "CompletionRecord_count_months"();

-- The records that exist already.
INSERT INTO "CompletionMonthMunicipality" ("month", "municipalityId", "completions")
    SELECT to_char("completedAt", 'YYYY-MM'), coalesce("municipalityId", ''), count(*) FROM "CompletionRecord" GROUP BY 1, 2;
INSERT INTO "CompletionMonthCourse" ("month", "courseSlug", "sector", "prioritised", "completions")
    SELECT to_char("completedAt", 'YYYY-MM'), "courseSlug", coalesce("sector"::text, ''),
           CASE WHEN "prioritised" IS NULL THEN 'unknown' WHEN "prioritised" THEN 'yes' ELSE 'no' END, count(*)
    FROM "CompletionRecord" GROUP BY 1, 2, 3, 4;
