/**
 * The text of each page of a PDF, read with Mozilla's pdf.js (pdfjs-dist, pure JavaScript): what
 * a reader of the printed report would see, not the HTML it was printed from.
 */
interface TextItem {
  str?: string;
}
interface PdfPage {
  getTextContent(): Promise<{ items: TextItem[] }>;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfJs {
  getDocument(src: {
    data: Uint8Array;
    disableFontFace: boolean;
    useSystemFonts: boolean;
    isEvalSupported: boolean;
  }): { promise: Promise<PdfDocument> };
}

// The legacy build runs on Node 20 without a DOM; the specifier is a variable so that the
// type checker does not need pdf.js's own declarations (this interface is all we use).
const PDFJS = 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const pdfjs = (await import(PDFJS)) as PdfJs;
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(pdf),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((i) => i.str ?? '').join(' '));
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Text compared without its spacing: a PDF places words by position, not by spaces. */
export const squeeze = (s: string) => s.replace(/\s+/g, '');
