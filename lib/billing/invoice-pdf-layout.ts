// The drawing primitives of the invoice PDF: its fonts, text that may mix scripts, and the page.
//
// The fonts are Noto Sans (Latin, Greek, Cyrillic, Vietnamese) and, for Chinese and Japanese
// characters, Noto Sans JP, both TrueType files shipped in npm packages and embedded as subsets,
// so every name prints and its text can be copied out of the PDF. They are found from the
// project's directory, as Next.js's own guide reads files in route handlers: bundling would move
// this module, but the server, the worker and the tests all run from the project root. Each font
// is read and parsed once per process (parsing its tables was most of a document's cost) and the
// one object lent to every document, which only reads it; Noto Sans JP (5 MB) only once a
// document has such a character.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { create, type Font } from "fontkit";

const FONT_PACKAGES = path.join(process.cwd(), "node_modules", "@expo-google-fonts");
const FONT_FILES = {
  regular: path.join(FONT_PACKAGES, "noto-sans", "400Regular", "NotoSans_400Regular.ttf"),
  bold: path.join(FONT_PACKAGES, "noto-sans", "700Bold", "NotoSans_700Bold.ttf"),
  cjk: path.join(FONT_PACKAGES, "noto-sans-jp", "400Regular", "NotoSansJP_400Regular.ttf"),
};
type Face = keyof typeof FONT_FILES;

// Han ideographs, kana, CJK punctuation and full-width forms: what Noto Sans lacks and Noto Sans JP has.
const CJK_RUN = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fc\uff00-\uffef]+)/u;

const fonts: Partial<Record<Face, Font>> = {};
let fontsFound = false;

function font(face: Face): Font {
  if (!fontsFound) {
    // Read at run time from node_modules, never traced into the build (which would take in the whole project).
    fontsFound = Object.values(FONT_FILES).every((file) => existsSync(/*turbopackIgnore: true*/ file));
    if (!fontsFound) throw new Error(`The invoice fonts are not in ${FONT_PACKAGES}: run the app from the project's directory, after npm install.`);
  }
  return (fonts[face] ??= create(readFileSync(/*turbopackIgnore: true*/ FONT_FILES[face])) as Font);
}

const facesOf = new WeakMap<PDFKit.PDFDocument, Set<Face>>();

/** Selects `face` in `doc`, lending it the process's parsed font the first time. */
function useFace(doc: PDFKit.PDFDocument, face: Face): void {
  const faces = facesOf.get(doc) ?? new Set<Face>();
  if (!faces.has(face)) {
    // pdfkit takes a fontkit font as it is (anything with `layout`); its types only list files.
    doc.registerFont(face, font(face) as unknown as Buffer);
    facesOf.set(doc, faces.add(face));
  }
  doc.font(face);
}

export const PAGE = { width: 595.28, height: 841.89, margin: 56 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const INK = { text: "#1c1917", muted: "#57534e", rule: "#d6d3d1" } as const;

export type TextStyle = { size?: number; bold?: boolean; color?: string; width?: number; align?: "left" | "right"; lineGap?: number };

/** A new A4 document, its pages kept until the end so the footer can count them. */
export function documentOptions(info: PDFKit.DocumentInfo): PDFKit.PDFDocumentOptions {
  return { size: "A4", margin: PAGE.margin, bufferPages: true, info, lang: "en-GB", displayTitle: true };
}

/**
 * Writes `text` at (x, y), or where the last text ended when they are left out, switching to the
 * CJK face for the characters that need it. Answers the y below what was written.
 */
export function write(doc: PDFKit.PDFDocument, text: string, x: number | undefined, y: number | undefined, style: TextStyle = {}): number {
  const { size = 10, bold = false, color = INK.text, width = CONTENT_WIDTH, align = "left", lineGap = 2 } = style;
  const runs = text.split(CJK_RUN).filter((run) => run !== "");
  if (runs.length === 0) runs.push(" ");
  doc.fontSize(size).fillColor(color);
  runs.forEach((run, index) => {
    useFace(doc, CJK_RUN.test(run) ? "cjk" : bold ? "bold" : "regular");
    const options = { width, align, lineGap, continued: index < runs.length - 1 };
    if (index === 0 && x !== undefined && y !== undefined) doc.text(run, x, y, options);
    else doc.text(run, options);
  });
  return doc.y;
}

/** A thin horizontal rule across the content at `y`. */
export function rule(doc: PDFKit.PDFDocument, y: number, from = PAGE.margin, to = PAGE.width - PAGE.margin): void {
  doc.save().moveTo(from, y).lineTo(to, y).lineWidth(0.6).strokeColor(INK.rule).stroke().restore();
}

/** The y to go on at: `y` itself, or the top of a new page when `height` no longer fits below it. */
export function roomFor(doc: PDFKit.PDFDocument, y: number, height: number): number {
  if (y + height <= PAGE.height - PAGE.margin - 24) return y;
  doc.addPage();
  return PAGE.margin;
}

/** `text` on every page's foot, with "page i of n"; call once everything else is written. */
export function footer(doc: PDFKit.PDFDocument, text: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    // Below the bottom margin pdfkit would start a new page for the footer: let it write there.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    write(doc, `${text} · page ${index - start + 1} of ${count}`, PAGE.margin, PAGE.height - PAGE.margin + 16, { size: 8, color: INK.muted });
    doc.page.margins.bottom = bottom;
  }
}
