// The job runner's settings from the environment, checked once at start. JOBS=off leaves the
// runner out of this process (tests, the bench, an instance that should only serve pages).
import { z } from "zod";

const JobsEnvSchema = z.object({
  JOBS: z.enum(["on", "off"]).default("on"),
  JOBS_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5_000),
});

export interface JobsConfig {
  enabled: boolean;
  intervalMs: number;
}

export function readJobsConfig(source: Record<string, string | undefined> = process.env): JobsConfig {
  const result = JobsEnvSchema.safeParse({ JOBS: source.JOBS || undefined, JOBS_INTERVAL_MS: source.JOBS_INTERVAL_MS || undefined });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  return { enabled: result.data.JOBS === "on", intervalMs: result.data.JOBS_INTERVAL_MS };
}
