import { describe, expect, it } from "vitest";
import { isAllowedOrigin } from "../../app/server/origin-check";

describe("the Origin check", () => {
  it("lets reading requests through whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(isAllowedOrigin({ method, origin: "https://evil.example", host: "signaal.nl" })).toBe(true);
    }
  });

  it("accepts a change sent from a page of the same host", () => {
    expect(isAllowedOrigin({ method: "POST", origin: "https://signaal.nl", host: "signaal.nl" })).toBe(true);
    expect(isAllowedOrigin({ method: "DELETE", origin: "http://localhost:3000", host: "localhost:3000" })).toBe(true);
  });

  it("refuses a change from another site, another port, an opaque or missing origin", () => {
    for (const origin of ["https://evil.example", "https://signaal.nl.evil.example", "http://localhost:4000", "null", undefined, "not a url"]) {
      expect(isAllowedOrigin({ method: "POST", origin, host: origin?.includes("localhost") ? "localhost:3000" : "signaal.nl" })).toBe(false);
    }
  });
});
