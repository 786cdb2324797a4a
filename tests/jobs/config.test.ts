import { describe, expect, it } from "vitest";
import { readJobsConfig } from "../../app/jobs/config";

describe("the job runner's settings", () => {
  it("run the jobs every 5 seconds unless told otherwise", () => {
    expect(readJobsConfig({})).toEqual({ enabled: true, intervalMs: 5_000 });
    expect(readJobsConfig({ JOBS: "", JOBS_INTERVAL_MS: "" })).toEqual({ enabled: true, intervalMs: 5_000 });
    expect(readJobsConfig({ JOBS: "off", JOBS_INTERVAL_MS: "250" })).toEqual({ enabled: false, intervalMs: 250 });
  });

  it("refuse values they do not know, naming the variable", () => {
    expect(() => readJobsConfig({ JOBS: "maybe" })).toThrow(/JOBS/);
    expect(() => readJobsConfig({ JOBS_INTERVAL_MS: "soon" })).toThrow(/JOBS_INTERVAL_MS/);
    expect(() => readJobsConfig({ JOBS_INTERVAL_MS: "5" })).toThrow(/JOBS_INTERVAL_MS/);
  });
});
