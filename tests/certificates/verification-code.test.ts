// A code typed back from paper is recognised however it is written, and a code that can
// never exist is told apart from one that merely is not on record.
import { describe, expect, it } from "vitest";
import { normaliseVerificationCode } from "../../app/certificates/verification-code";
import { verificationCode } from "../../app/progress/completion.server";

describe("a verification code as a person types it", () => {
  it.each([
    ["ABCD-EFGH-JKMN", "ABCD-EFGH-JKMN"],
    ["abcd-efgh-jkmn", "ABCD-EFGH-JKMN"],
    ["  abcd efgh jkmn ", "ABCD-EFGH-JKMN"],
    ["ABCDEFGHJKMN", "ABCD-EFGH-JKMN"],
    ["ABCD–EFGH–JKMN", "ABCD-EFGH-JKMN"],
    ["ab-cd-ef-gh-jk-mn", "ABCD-EFGH-JKMN"],
  ])("reads %j as %s", (input, expected) => {
    expect(normaliseVerificationCode(input)).toBe(expected);
  });

  it.each(["", "ABCD-EFGH", "ABCD-EFGH-JKMN-PQRS", "ABCD-EFGH-JKM0", "OBCD-EFGH-JKMN", "ABCD-EFGH-JKM!", "ABCD.EFGH.JKMN"])(
    "refuses %j, which no certificate can carry",
    (input) => {
      expect(normaliseVerificationCode(input)).toBeNull();
    },
  );

  it("accepts every code a completion is given", () => {
    for (let index = 0; index < 200; index += 1) {
      const code = verificationCode();
      expect(normaliseVerificationCode(code.toLowerCase().replaceAll("-", " "))).toBe(code);
    }
  });
});
