/**
 * @module ingest/charset
 * Bytes of a web page or feed to text, in the encoding the document says.
 *
 * Order, after the WHATWG encoding-sniffing steps a browser follows, cut down:
 * 1. a byte-order mark (UTF-8, UTF-16LE/BE) wins;
 * 2. else the `charset` parameter of the transport's Content-Type (HTTP, WARC);
 * 3. else a declaration in the first 1024 bytes: `<meta charset>`,
 *    `<meta http-equiv="content-type" content="…; charset=…">`, or the XML
 *    declaration's `encoding` (feeds, XHTML);
 * 4. else UTF-8 when the bytes are valid UTF-8, windows-1252 otherwise.
 * Step 4 departs from browsers (which guess windows-1252): many real pages
 * are UTF-8 and declare it only after byte 1024, or never (see the
 * readability conformance README), and windows-1252 would garble them.
 * A declared `utf-16` without a BOM is read as UTF-8, as browsers do: an
 * ASCII-compatible declaration cannot be in UTF-16. Unknown labels fall back
 * to step 4. Node's full-ICU TextDecoder knows the legacy encodings, but
 * Node 20's "windows-1252" decoder reads bytes 0x80–0x9F as Latin-1 control
 * characters (€ comes out as U+0080), so that one is mapped here.
 */

/** How far into the document a declaration is looked for (as the HTML spec's prescan). */
export const PRESCAN_BYTES = 1024;

/** The encoding named by a Content-Type value (`text/html; charset="iso-8859-1"`), or null. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType);
  return m ? m[1]!.toLowerCase() : null;
}

/** The encoding the first bytes declare (BOM aside), or null. Linear, bounded regexes on ≤ 1024 bytes. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString("latin1");
  const xml = /^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  const metas = head.match(/<meta\s[^>]{0,500}>/gi) ?? [];
  for (const meta of metas) {
    const direct = /\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(meta);
    if (direct) return direct[1]!.toLowerCase();
  }
  return null;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/** windows-1252 bytes 0x80–0x9F (the rest is Latin-1); unassigned ones stay as their C1 code. */
const CP1252_HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

interface Decoder {
  readonly encoding: string;
  decode(bytes: Uint8Array): string;
}

function decoderFor(label: string): Decoder | null {
  try {
    const decoder = new TextDecoder(label);
    // An ASCII-compatible declaration cannot truly mean UTF-16 (no BOM was found).
    if (decoder.encoding.startsWith("utf-16")) return new TextDecoder("utf-8");
    if (decoder.encoding === "windows-1252") return { encoding: "windows-1252", decode: decodeWindows1252 };
    return decoder;
  } catch {
    return null; // an unknown label
  }
}

/** The text of a document and the encoding it was read in. */
export function decodeDocument(bytes: Uint8Array, contentType?: string | null): { text: string; encoding: string } {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding };
  for (const label of [charsetOfContentType(contentType), declaredCharset(bytes)]) {
    const decoder = label === null ? null : decoderFor(label);
    if (decoder) return { text: decoder.decode(bytes), encoding: decoder.encoding };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}
