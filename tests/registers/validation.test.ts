import { describe, expect, it } from "vitest";
import { parseForm } from "../../app/components/form-validation";
import { registersEn, registersNl } from "../../app/i18n/features/registers";
import { MAX_IMPORT_ROWS } from "../../app/registers/import-rows";
import {
  FIRST_YEAR,
  MAX_COUNT,
  PROVIDER_NAME_MAX,
  TITLE_MAX,
  TOPIC_MAX,
  checkCount,
  checkDay,
  checkProvider,
  normaliseCbsCode,
  todayInNetherlands,
} from "../../app/registers/rules";
import { ConversationFormSchema, TrainingFormSchema } from "../../app/registers/schemas";

function formData(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

const validTraining = {
  provider: "SSV",
  providerName: "",
  title: "Signalen herkennen",
  date: "14-03-2024",
  municipalityId: "m1",
  schoolId: "",
  participantsPo: "0",
  participantsVo: "20",
  participantsMbo: "",
  participantsSo: "1",
  participantsOther: "0",
};

function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe("a day", () => {
  it("is read as Dutch administrators and date fields write it", () => {
    expect(checkDay("31-01-2025", "2025-12-31")).toEqual({ ok: true, value: "2025-01-31" });
    expect(checkDay("1-2-2024", "2025-12-31")).toEqual({ ok: true, value: "2024-02-01" });
    expect(checkDay("31/01/2025", "2025-12-31")).toEqual({ ok: true, value: "2025-01-31" });
    expect(checkDay(" 2024-02-29 ", "2025-12-31")).toEqual({ ok: true, value: "2024-02-29" });
  });

  it("must exist", () => {
    expect(checkDay("31-02-2018", "2025-12-31")).toEqual({ ok: false, code: "dateNonexistent" });
    expect(checkDay("29-02-2023", "2025-12-31")).toEqual({ ok: false, code: "dateNonexistent" });
    expect(checkDay("2024-13-01", "2025-12-31")).toEqual({ ok: false, code: "dateNonexistent" });
  });

  it("must look like a date", () => {
    for (const text of ["14 maart 2024", "2024/03/14", "14-03-24", "14-03/2024", "gisteren"]) {
      expect(checkDay(text, "2025-12-31"), text).toEqual({ ok: false, code: "dateFormat" });
    }
    expect(checkDay("  ", "2025-12-31")).toEqual({ ok: false, code: "required" });
  });

  it("may be today in the Netherlands but not later, and not before 2010", () => {
    const today = todayInNetherlands();
    expect(checkDay(today)).toEqual({ ok: true, value: today });
    expect(checkDay(shiftDay(today, 1))).toEqual({ ok: false, code: "dateFuture" });
    expect(checkDay(`31-12-${FIRST_YEAR - 1}`)).toEqual({ ok: false, code: "dateTooEarly" });
    expect(checkDay(`01-01-${FIRST_YEAR}`)).toEqual({ ok: true, value: `${FIRST_YEAR}-01-01` });
  });

  it("is today's date in Amsterdam, also just after midnight there", () => {
    expect(todayInNetherlands(new Date("2024-06-30T22:30:00Z"))).toBe("2024-07-01");
    expect(todayInNetherlands(new Date("2024-12-31T22:59:00Z"))).toBe("2024-12-31");
  });
});

describe("a participant count", () => {
  it("is a whole number from 0 to 10,000, empty meaning 0", () => {
    expect(checkCount("")).toEqual({ ok: true, value: 0 });
    expect(checkCount(" 17 ")).toEqual({ ok: true, value: 17 });
    expect(checkCount(String(MAX_COUNT))).toEqual({ ok: true, value: MAX_COUNT });
    expect(checkCount(String(MAX_COUNT + 1))).toEqual({ ok: false, code: "countTooLarge" });
    expect(checkCount("-3")).toEqual({ ok: false, code: "countNegative" });
    for (const text of ["3,5", "3.5", "1.200", "tien", "1e3"]) expect(checkCount(text), text).toEqual({ ok: false, code: "countNotNumber" });
  });
});

describe("a provider and a CBS code", () => {
  it("accepts the form's values and the Dutch words of a file", () => {
    expect(checkProvider("MUNICIPALITY")).toEqual({ ok: true, value: "MUNICIPALITY" });
    expect(checkProvider("Gemeente")).toEqual({ ok: true, value: "MUNICIPALITY" });
    expect(checkProvider("anders")).toEqual({ ok: true, value: "OTHER" });
    expect(checkProvider("ssv")).toEqual({ ok: true, value: "SSV" });
    expect(checkProvider("politie")).toEqual({ ok: false, code: "providerUnknown" });
  });

  it("restores the zeros Excel drops from a CBS code", () => {
    expect(normaliseCbsCode("363")).toBe("GM0363");
    expect(normaliseCbsCode("0363")).toBe("GM0363");
    expect(normaliseCbsCode(" gm0363 ")).toBe("GM0363");
  });
});

describe("the training form", () => {
  it("turns a valid submission into a training with the sum of its counts", () => {
    const form = parseForm(TrainingFormSchema, formData(validTraining));
    expect(form).toEqual({
      ok: true,
      data: {
        provider: "SSV",
        providerName: null,
        title: "Signalen herkennen",
        date: "2024-03-14",
        municipalityId: "m1",
        schoolId: null,
        participantsPo: 0,
        participantsVo: 20,
        participantsMbo: 0,
        participantsSo: 1,
        participantsOther: 0,
        participants: 21,
      },
    });
  });

  it("reports every problem at once, in the order of the form", () => {
    const form = parseForm(
      TrainingFormSchema,
      formData({ ...validTraining, provider: "", title: " ", date: "31-02-2018", municipalityId: "", participantsVo: "-2", participantsSo: "x" }),
    );
    expect(form.ok).toBe(false);
    if (form.ok) return;
    expect(Object.entries(form.errors)).toEqual([
      ["provider", "registers.error.providerRequired"],
      ["title", "registers.error.titleRequired"],
      ["date", "registers.error.dateNonexistent"],
      ["municipalityId", "registers.error.municipalityRequired"],
      ["participantsVo", "registers.error.countVo"],
      ["participantsSo", "registers.error.countSo"],
    ]);
  });

  it("needs a provider's name for a municipality or other organisation, and none for SSV or ESS", () => {
    const errors = (values: Record<string, string>) => {
      const form = parseForm(TrainingFormSchema, formData({ ...validTraining, ...values }));
      return form.ok ? {} : form.errors;
    };
    expect(errors({ provider: "MUNICIPALITY", providerName: "" })).toEqual({ providerName: "registers.error.providerNameRequired" });
    expect(errors({ provider: "OTHER", providerName: "  " })).toEqual({ providerName: "registers.error.providerNameRequired" });
    expect(errors({ provider: "OTHER", providerName: "Politie" })).toEqual({});
    expect(errors({ provider: "ESS", providerName: "Gemeente Zwolle" })).toEqual({ providerName: "registers.error.providerNameNotAllowed" });
    expect(errors({ provider: "OTHER", providerName: "x".repeat(PROVIDER_NAME_MAX + 1) })).toEqual({
      providerName: "registers.error.providerNameTooLong",
    });
    expect(errors({ provider: "KGB" })).toEqual({ provider: "registers.error.providerRequired" });
  });

  it("needs at least one participant and limits the title", () => {
    const none = parseForm(TrainingFormSchema, formData({ ...validTraining, participantsVo: "0", participantsSo: "" }));
    expect(none).toEqual({ ok: false, errors: { participants: "registers.error.participantsNone" } });
    const long = parseForm(TrainingFormSchema, formData({ ...validTraining, title: "t".repeat(TITLE_MAX + 1) }));
    expect(long).toEqual({ ok: false, errors: { title: "registers.error.titleTooLong" } });
    const exact = parseForm(TrainingFormSchema, formData({ ...validTraining, title: "t".repeat(TITLE_MAX) }));
    expect(exact.ok).toBe(true);
  });

  it("collapses white space in text, line breaks included", () => {
    const form = parseForm(TrainingFormSchema, formData({ ...validTraining, title: "  Signalen \n herkennen  " }));
    expect(form.ok && form.data.title).toBe("Signalen herkennen");
  });
});

describe("the advisory conversation form", () => {
  const valid = { date: "2024-03-14", schoolId: "s1", topic: "Een incident", provider: "gemeente", providerName: "Gemeente Zwolle" };

  it("turns a valid submission into a conversation", () => {
    expect(parseForm(ConversationFormSchema, formData(valid))).toEqual({
      ok: true,
      data: { date: "2024-03-14", schoolId: "s1", topic: "Een incident", provider: "MUNICIPALITY", providerName: "Gemeente Zwolle" },
    });
  });

  it("needs a date, a school, a topic and a provider", () => {
    const form = parseForm(ConversationFormSchema, formData({ date: "", schoolId: "", topic: "o".repeat(TOPIC_MAX + 1), provider: "" }));
    expect(form.ok ? null : Object.entries(form.errors)).toEqual([
      ["date", "registers.error.dateRequired"],
      ["schoolId", "registers.error.schoolRequired"],
      ["topic", "registers.error.topicTooLong"],
      ["provider", "registers.error.providerRequired"],
    ]);
  });
});

describe("the messages", () => {
  it("state the limits the rules apply", () => {
    const dutch = (n: number) => n.toLocaleString("nl-NL");
    expect(registersNl["registers.error.titleTooLong"]).toContain(String(TITLE_MAX));
    expect(registersNl["registers.error.topicTooLong"]).toContain(String(TOPIC_MAX));
    expect(registersNl["registers.error.providerNameTooLong"]).toContain(String(PROVIDER_NAME_MAX));
    expect(registersNl["registers.error.countPo"]).toContain(dutch(MAX_COUNT));
    expect(registersNl["registers.error.dateTooEarly"]).toContain(String(FIRST_YEAR));
    expect(registersNl["registers.import.error.tooManyRows"]).toContain(dutch(MAX_IMPORT_ROWS));
    expect(registersEn["registers.import.error.tooManyRows"]).toContain(MAX_IMPORT_ROWS.toLocaleString("en-GB"));
  });
});
