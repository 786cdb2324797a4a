import { describe, expect, it } from "vitest";
import { en } from "../../app/i18n/messages.en";
import { nl } from "../../app/i18n/messages.nl";
import { translator } from "../../app/i18n/translate";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("interface text", () => {
  it("has an English text for every Dutch one, with the same placeholders", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const [key, dutch] of Object.entries(nl)) {
      expect(placeholders(en[key as keyof typeof nl]), key).toEqual(placeholders(dutch));
      expect(en[key as keyof typeof nl].trim(), key).not.toBe("");
    }
  });

  it("fills in placeholders and leaves unknown ones visible", () => {
    const t = translator("nl");
    expect(t("layout.signedInAs", { name: "Noor" })).toBe("Ingelogd als Noor");
    expect(t("layout.signedInAs")).toBe("Ingelogd als {name}");
  });
});
