// The Content-Security-Policy: scripts and injected <style> elements run only with this
// response's nonce (the lesson editor's CodeMirror injects one); nothing inline without it.
import { describe, expect, it } from "vitest";
import { createNonce, securityHeaders } from "../../app/server/security-headers";

function directives(nonce: string, production = true): Map<string, string[]> {
  const policy = securityHeaders({ nonce, production, https: false })["Content-Security-Policy"]!;
  return new Map(policy.split("; ").map((directive) => {
    const [name, ...sources] = directive.split(" ");
    return [name!, sources];
  }));
}

describe("the Content-Security-Policy", () => {
  it("allows scripts and styles from Signaal itself and with this response's nonce only", () => {
    const nonce = createNonce();
    const policy = directives(nonce);
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(policy.get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("never allows inline code or styles without the nonce", () => {
    const policy = securityHeaders({ nonce: createNonce(), production: true, https: true })["Content-Security-Policy"]!;
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("gives every response its own nonce", () => {
    expect(createNonce()).not.toBe(createNonce());
  });
});
