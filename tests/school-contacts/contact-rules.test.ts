// The contact form's rules: Dutch phone numbers checked loosely, every problem reported at
// once with a Dutch message, text cleaned before it is stored.
import { describe, expect, it } from "vitest";
import { parseForm } from "../../app/components/form-validation";
import { translator } from "../../app/i18n/translate";
import { ContactFormSchema, dialableNumber } from "../../app/school-contacts/contact-rules";

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

describe("a Dutch phone number", () => {
  it.each([
    ["010 123 45 67", "+31101234567"],
    ["010-1234567", "+31101234567"],
    ["06 12 34 56 78", "+31612345678"],
    ["(06) 12.34.56.78", "+31612345678"],
    ["+31 6 12345678", "+31612345678"],
    ["+31 (0)6 12345678", "+31612345678"],
    ["0031 10 1234567", "+31101234567"],
    ["0900-8844", "09008844"],
    ["0800 1234", "08001234"],
    ["14 010", "14010"],
    ["14 0570", "140570"],
    ["+32 2 123 45 67", "+3221234567"],
  ])("accepts %s and dials %s", (written, dialled) => {
    expect(dialableNumber(written)).toBe(dialled);
  });

  it.each(["112", "12345", "010 123 45", "06 12 34 56 78 9", "bel de balie", "+31 6 1234", "00 10 1234567"])("refuses %s", (written) => {
    expect(dialableNumber(written)).toBeNull();
  });
});

describe("the contact form", () => {
  it("cleans what was typed and keeps empty optional fields empty", () => {
    const result = parseForm(
      ContactFormSchema,
      formOf({ role: "WIJKAGENT", name: "  Jan   de Vries ", phone: " 0900-8844 ", email: " J.deVries@Politie.nl ", note: "" }),
    );
    expect(result).toEqual({
      ok: true,
      data: { role: "WIJKAGENT", name: "Jan de Vries", phone: "0900-8844", email: "j.devries@politie.nl", note: null },
    });
    expect(parseForm(ContactFormSchema, formOf({ role: "DIRECTIE", name: "Mw. Bakker" }))).toEqual({
      ok: true,
      data: { role: "DIRECTIE", name: "Mw. Bakker", phone: null, email: null, note: null },
    });
  });

  it("reports every problem at once, in the order of the fields, in Dutch", () => {
    const result = parseForm(ContactFormSchema, formOf({ role: "BURGEMEESTER", name: " ", phone: "123", email: "geen-adres", note: "" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(["role", "name", "phone", "email"]);
    const t = translator("nl");
    expect(t(result.errors.role!)).toBe("Kies de rol van de contactpersoon.");
    expect(t(result.errors.name!)).toBe("Vul de naam van de contactpersoon in.");
    expect(t(result.errors.phone!)).toContain("Vul een Nederlands telefoonnummer in");
    expect(t(result.errors.email!)).toContain("Vul een geldig e-mailadres in");
  });

  it("asks what an 'other' contact does, and limits the lengths", () => {
    const other = parseForm(ContactFormSchema, formOf({ role: "ANDERS", name: "Piet Post" }));
    expect(other).toEqual({ ok: false, errors: { note: "contacts.error.noteRequiredForOther" } });
    const described = parseForm(ContactFormSchema, formOf({ role: "ANDERS", name: "Piet Post", note: "leerplichtambtenaar" }));
    expect(described.ok).toBe(true);

    const long = parseForm(ContactFormSchema, formOf({ role: "DIRECTIE", name: "n".repeat(101), note: "x".repeat(121) }));
    expect(long).toEqual({ ok: false, errors: { name: "contacts.error.nameTooLong", note: "contacts.error.noteTooLong" } });
    expect(parseForm(ContactFormSchema, formOf({ role: "DIRECTIE", name: "n".repeat(100), note: "x".repeat(120) })).ok).toBe(true);
  });
});
