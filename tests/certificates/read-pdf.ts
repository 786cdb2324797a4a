// Reads a PDF the way a viewer does (Mozilla's PDF.js): pages, their text with positions,
// and the document information, so tests check what a reader would see.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfText {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface ReadPdf {
  pageCount: number;
  pageSize: { width: number; height: number };
  items: PdfText[];
  text: string;
  info: Record<string, unknown>;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // PDF.js takes the buffer over; give it a copy.
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const page = await document.getPage(1);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PdfText[] = [];
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      const [a, b, , , x, y] = item.transform as number[];
      items.push({ str: item.str, x: x!, y: y!, width: item.width, fontSize: Math.hypot(a!, b!) });
    }
    const { info } = await document.getMetadata();
    return {
      pageCount: document.numPages,
      pageSize: { width: viewport.width, height: viewport.height },
      items,
      text: items.map((item) => item.str).join("\n").normalize("NFC"),
      info: info as Record<string, unknown>,
    };
  } finally {
    await document.destroy();
  }
}
