// The certificate as a one-page A4 landscape PDF. Names and course titles may hold any
// Latin (and Greek or Cyrillic) letter, which the standard PDF fonts cannot encode, so the
// DejaVu fonts are embedded (subset) from the dejavu-fonts-ttf package in node_modules.
// Long names and titles shrink, then wrap; they never run off the page.
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFFont, type PDFPage, type RGB, rgb } from "pdf-lib";
import { type Locale, formatDate, translator } from "~/i18n/translate";

export interface CertificateInput {
  name: string;
  courseTitle: string;
  versionNumber: number;
  completedAt: Date;
  verificationCode: string;
  verifyUrl: string;
  locale: Locale;
}

// A4 landscape, in points.
export const PAGE_WIDTH = 841.89;
export const PAGE_HEIGHT = 595.28;
/** Text stays between these edges; the frame lies outside them. */
export const CONTENT_LEFT = 96;
export const CONTENT_RIGHT = PAGE_WIDTH - 96;
const CONTENT_WIDTH = CONTENT_RIGHT - CONTENT_LEFT;
const CENTER = PAGE_WIDTH / 2;

const INK = rgb(0.106, 0.106, 0.122);
const INK_SOFT = rgb(0.27, 0.27, 0.31);
const BRAND = rgb(0.082, 0.259, 0.451); // --brand in app.css
const GOLD = rgb(0.69, 0.55, 0.24);

const FONT_FILES = {
  serif: "DejaVuSerif.ttf",
  serifBold: "DejaVuSerif-Bold.ttf",
  sans: "DejaVuSans.ttf",
  sansBold: "DejaVuSans-Bold.ttf",
} as const;
type FontName = keyof typeof FONT_FILES;

const require = createRequire(import.meta.url);
let fontBytes: Promise<Record<FontName, Uint8Array>> | undefined;

/** Read once per process; each pdf embeds the subset it uses. */
function loadFontBytes(): Promise<Record<FontName, Uint8Array>> {
  fontBytes ??= Promise.all(
    Object.entries(FONT_FILES).map(async ([name, file]) => {
      const bytes = await fs.readFile(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
      return [name, new Uint8Array(bytes)] as const;
    }),
  ).then((entries) => Object.fromEntries(entries) as Record<FontName, Uint8Array>);
  fontBytes.catch(() => {
    fontBytes = undefined;
  });
  return fontBytes;
}

export async function renderCertificatePdf(input: CertificateInput): Promise<Uint8Array> {
  const t = translator(input.locale);
  const name = cleanText(input.name);
  const courseTitle = cleanText(input.courseTitle);

  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const bytes = await loadFontBytes();
  const fonts = {} as Record<FontName, PDFFont>;
  for (const key of Object.keys(FONT_FILES) as FontName[]) fonts[key] = await pdf.embedFont(bytes[key], { subset: true });

  pdf.setTitle(t("certificate.pdf.documentTitle", { course: courseTitle, name }), { showInWindowTitleBar: true });
  pdf.setSubject(t("certificate.pdf.subject", { course: courseTitle, name }));
  pdf.setAuthor(t("app.name"));
  pdf.setCreator(t("app.name"));
  pdf.setProducer(t("app.name"));
  pdf.setLanguage(input.locale === "nl" ? "nl-NL" : "en-GB");
  pdf.setKeywords([t("certificate.pdf.title"), input.verificationCode]);

  const page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  drawFrame(page);
  drawHeader(page, fonts, t("app.name"), t("certificate.pdf.title"));

  // The middle: who completed what, centred between the heading and the verification block.
  // Long names and titles first wrap, then shrink together until the middle fits its space.
  const top = 408;
  const bottom = 146;
  const versionAndDate = t("certificate.pdf.versionAndDate", { version: input.versionNumber, date: formatDate(input.completedAt, input.locale) });
  const middle = (scale: number): Block[] => [
    { fitted: fitText(t("certificate.pdf.intro"), fonts.sans, { maxSize: 13, minSize: 9, maxLines: 2 }), font: fonts.sans, color: INK_SOFT, gapAfter: 16 },
    { fitted: fitText(name, fonts.serifBold, { maxSize: Math.max(16, 34 * scale), minSize: 14, maxLines: 3 }), font: fonts.serifBold, color: INK, gapAfter: 16 },
    { fitted: fitText(t("certificate.pdf.completed"), fonts.sans, { maxSize: 13, minSize: 9, maxLines: 2 }), font: fonts.sans, color: INK_SOFT, gapAfter: 12 },
    { fitted: fitText(courseTitle, fonts.serif, { maxSize: Math.max(12, 22 * scale), minSize: 11, maxLines: 3 }), font: fonts.serif, color: BRAND, gapAfter: 14 },
    { fitted: fitText(versionAndDate, fonts.sans, { maxSize: 12, minSize: 9, maxLines: 2 }), font: fonts.sans, color: INK, gapAfter: 0 },
  ];
  const heightOf = (blocks: Block[]) => blocks.reduce((sum, block) => sum + blockHeight(block.fitted) + block.gapAfter, 0);
  let blocks = middle(1);
  for (let scale = 0.95; heightOf(blocks) > top - bottom && scale >= 0.3; scale -= 0.05) blocks = middle(scale);
  let cursor = top - Math.max(0, (top - bottom - heightOf(blocks)) / 2);
  for (const block of blocks) {
    cursor = drawCentered(page, block.fitted, block.font, block.color, cursor) - block.gapAfter;
  }

  // The verification block: the code, and where to check it.
  page.drawLine({ start: { x: CENTER - 150, y: 130 }, end: { x: CENTER + 150, y: 130 }, thickness: 0.5, color: GOLD });
  drawCentered(
    page,
    fitText(t("certificate.pdf.code", { code: input.verificationCode }), fonts.sansBold, { maxSize: 12, minSize: 8, maxLines: 1 }),
    fonts.sansBold,
    INK,
    118,
  );
  drawCentered(
    page,
    fitText(t("certificate.pdf.verify", { url: input.verifyUrl }), fonts.sans, { maxSize: 9.5, minSize: 6, maxLines: 2 }),
    fonts.sans,
    INK_SOFT,
    99,
  );
  drawCentered(page, fitText(t("layout.footer"), fonts.sans, { maxSize: 8, minSize: 6, maxLines: 1 }), fonts.sans, INK_SOFT, 56);

  return pdf.save();
}

interface Block {
  fitted: FittedText;
  font: PDFFont;
  color: RGB;
  gapAfter: number;
}

export interface FittedText {
  lines: string[];
  size: number;
  lineHeight: number;
}

/** One line of plain text: no line breaks or runs of spaces, letters composed (NFC). */
function cleanText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * The largest size from maxSize down to minSize at which the text fits in maxLines lines of
 * the content width; at minSize a text that still does not fit is cut with an ellipsis.
 */
export function fitText(
  text: string,
  font: PDFFont,
  options: { maxSize: number; minSize: number; maxLines: number; maxWidth?: number },
): FittedText {
  const maxWidth = options.maxWidth ?? CONTENT_WIDTH;
  const lineHeight = (size: number) => size * 1.25;
  for (let size = options.maxSize; size >= options.minSize; size -= 0.5) {
    const lines = wrap(text, font, size, maxWidth);
    if (lines.length <= options.maxLines) return { lines, size, lineHeight: lineHeight(size) };
  }
  const size = options.minSize;
  const lines = wrap(text, font, size, maxWidth);
  const kept = lines.slice(0, options.maxLines);
  kept[kept.length - 1] = ellipsize(`${kept[kept.length - 1]} ${lines.slice(options.maxLines).join(" ")}`, font, size, maxWidth);
  return { lines: kept, size, lineHeight: lineHeight(size) };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
function splitGraphemes(text: string): string[] {
  return [...graphemes.segment(text)].map((part) => part.segment);
}

/** Greedy word wrap; a word wider than the line is broken between letters. */
function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const fits = (line: string) => font.widthOfTextAtSize(line, size) <= maxWidth;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ").filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    if (fits(word)) {
      line = word;
      continue;
    }
    for (const letter of splitGraphemes(word)) {
      if (line && !fits(line + letter)) {
        lines.push(line);
        line = "";
      }
      line += letter;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

function ellipsize(text: string, font: PDFFont, size: number, maxWidth: number): string {
  const letters = splitGraphemes(text.trim());
  while (letters.length > 0 && font.widthOfTextAtSize(`${letters.join("").trimEnd()}…`, size) > maxWidth) letters.pop();
  return `${letters.join("").trimEnd()}…`;
}

function blockHeight(fitted: FittedText): number {
  return fitted.lines.length * fitted.lineHeight;
}

/** Draws the lines centred, the first line's box starting at top; returns the bottom of the last. */
function drawCentered(page: PDFPage, fitted: FittedText, font: PDFFont, color: RGB, top: number): number {
  let y = top;
  for (const line of fitted.lines) {
    const width = font.widthOfTextAtSize(line, fitted.size);
    // The baseline sits about one em below the top of the line box, leaving room for accents.
    page.drawText(line, { x: CENTER - width / 2, y: y - fitted.size, size: fitted.size, font, color });
    y -= fitted.lineHeight;
  }
  return y;
}

function drawFrame(page: PDFPage) {
  page.drawRectangle({ x: 20, y: 20, width: PAGE_WIDTH - 40, height: PAGE_HEIGHT - 40, borderColor: BRAND, borderWidth: 2.5 });
  page.drawRectangle({ x: 28, y: 28, width: PAGE_WIDTH - 56, height: PAGE_HEIGHT - 56, borderColor: GOLD, borderWidth: 0.75 });
}

/** The Signaal mark (a dot with two rings) and name, then the word "Certificaat" with a rule. */
function drawHeader(page: PDFPage, fonts: Record<FontName, PDFFont>, brand: string, title: string) {
  const brandSize = 15;
  const markWidth = 26;
  const brandWidth = fonts.sansBold.widthOfTextAtSize(brand, brandSize);
  const left = CENTER - (markWidth + 8 + brandWidth) / 2;
  const markCenter = { x: left + markWidth / 2, y: 516 };
  page.drawCircle({ ...markCenter, size: 3.5, color: BRAND });
  page.drawCircle({ ...markCenter, size: 8, borderColor: BRAND, borderWidth: 1.4 });
  page.drawCircle({ ...markCenter, size: 12.5, borderColor: BRAND, borderWidth: 1, opacity: 0, borderOpacity: 0.6 });
  page.drawText(brand, { x: left + markWidth + 8, y: 511, size: brandSize, font: fonts.sansBold, color: BRAND });

  const heading = fitText(title, fonts.serifBold, { maxSize: 44, minSize: 24, maxLines: 1 });
  drawCentered(page, heading, fonts.serifBold, BRAND, 486);

  page.drawLine({ start: { x: CENTER - 90, y: 424 }, end: { x: CENTER - 12, y: 424 }, thickness: 0.75, color: GOLD });
  page.drawLine({ start: { x: CENTER + 12, y: 424 }, end: { x: CENTER + 90, y: 424 }, thickness: 0.75, color: GOLD });
  page.drawSvgPath("M 0 -5 L 5 0 L 0 5 L -5 0 Z", { x: CENTER, y: 424, color: GOLD });
}
