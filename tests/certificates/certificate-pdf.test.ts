// The certificate as its holder and a reader see it: one A4 landscape page whose text (read
// back with PDF.js) names the person, the course, the version, the date and the code, in
// the holder's language, with any Latin letters, and never past the page's edges.
import { describe, expect, it } from "vitest";
import { type CertificateInput, PAGE_HEIGHT, PAGE_WIDTH, renderCertificatePdf } from "../../app/certificates/certificate-pdf.server";
import { readPdf } from "./read-pdf";

const CERTIFICATE: CertificateInput = {
  name: "Şükrü Łukasiewicz-Nguyễn",
  courseTitle: "Signalen in de klas: “wat zie je?”",
  versionNumber: 3,
  completedAt: new Date("2026-11-28T10:00:00Z"),
  verificationCode: "ABCD-EFGH-JKMN",
  verifyUrl: "https://signaal.example/verificatie?code=ABCD-EFGH-JKMN",
  locale: "nl",
};

describe("the certificate PDF", () => {
  it("is a one-page A4 landscape PDF", async () => {
    const bytes = await renderCertificatePdf(CERTIFICATE);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const pdf = await readPdf(bytes);
    expect(pdf.pageCount).toBe(1);
    expect(pdf.pageSize.width).toBeCloseTo(841.89, 0);
    expect(pdf.pageSize.height).toBeCloseTo(595.28, 0);
  });

  it("names the person, the course, the version, the date and the verification code, in Dutch", async () => {
    const pdf = await readPdf(await renderCertificatePdf(CERTIFICATE));
    expect(pdf.text).toContain("Certificaat");
    expect(pdf.text).toContain("Şükrü Łukasiewicz-Nguyễn".normalize("NFC"));
    expect(pdf.text).toContain("Signalen in de klas: “wat zie je?”");
    expect(pdf.text).toContain("versie 3");
    expect(pdf.text).toContain("28 november 2026");
    expect(pdf.text).toContain("ABCD-EFGH-JKMN");
    expect(pdf.text).toContain("https://signaal.example/verificatie?code=ABCD-EFGH-JKMN");
  });

  it("keeps letters from many languages, which the standard PDF fonts cannot write", async () => {
    const names = ["Ağaoğlu Işıl Çiğdem", "Grzegorz Brzęczyszczykiewicz", "Nguyễn Thị Thủy Dương", "Zoë O’Brien-Ñúñez", "Đorđe Šćepanović"];
    for (const name of names) {
      const pdf = await readPdf(await renderCertificatePdf({ ...CERTIFICATE, name }));
      expect(pdf.text).toContain(name.normalize("NFC"));
    }
  });

  it("is written in English for an English-speaking holder", async () => {
    const pdf = await readPdf(await renderCertificatePdf({ ...CERTIFICATE, locale: "en" }));
    expect(pdf.text).toContain("Certificate");
    expect(pdf.text).toContain("version 3");
    expect(pdf.text).toContain("28 November 2026");
    expect(pdf.text).toContain("Verification code: ABCD-EFGH-JKMN");
  });

  it("says what it is in the document information", async () => {
    const pdf = await readPdf(await renderCertificatePdf(CERTIFICATE));
    expect(pdf.info.Title).toContain("Signalen in de klas");
    expect(pdf.info.Title).toContain("Şükrü");
    expect(pdf.info.Author).toBe("Signaal");
    expect(pdf.info.Language).toBe("nl-NL");
  });

  it("keeps a very long name and course title on the page, smaller and wrapped", async () => {
    const longName = `${"Wilhelmina-Çiğdem Ðặng ".repeat(8)}Onafgebrokenachternaamzonderspatieszodatdezeheelbreedwordtopdepagina`;
    const longTitle = "Een bijzonder uitgebreide cursus over het herkennen van radicalisering ".repeat(4).trim();
    const pdf = await readPdf(await renderCertificatePdf({ ...CERTIFICATE, name: longName, courseTitle: longTitle }));
    expect(pdf.pageCount).toBe(1);
    for (const item of pdf.items) {
      expect(item.x, item.str).toBeGreaterThanOrEqual(40);
      expect(item.x + item.width, item.str).toBeLessThanOrEqual(PAGE_WIDTH - 40);
      expect(item.y, item.str).toBeGreaterThanOrEqual(40);
      expect(item.y + item.fontSize, item.str).toBeLessThanOrEqual(PAGE_HEIGHT - 40);
    }
    // The name still starts on the certificate, in smaller type than a short name gets.
    const short = await readPdf(await renderCertificatePdf(CERTIFICATE));
    const shortName = short.items.find((item) => item.str.includes("Łukasiewicz"))!;
    const longNameLine = pdf.items.find((item) => item.str.startsWith("Wilhelmina-Çiğdem"))!;
    expect(longNameLine.fontSize).toBeLessThan(shortName.fontSize);
    // No two lines are drawn over each other.
    const lines = [...pdf.items].sort((a, b) => b.y - a.y);
    for (let index = 1; index < lines.length; index += 1) {
      const above = lines[index - 1]!;
      const below = lines[index]!;
      if (Math.abs(above.y - below.y) < 1) continue; // the same baseline (pdf.js may split a line)
      expect(above.y - below.y, `${above.str} / ${below.str}`).toBeGreaterThanOrEqual(below.fontSize * 0.9);
    }
  });
});
