/**
 * @module ingest/html-text
 * HTML to article text with one paragraph a line, which is how Tally reads
 * paragraphs. `textContent` glues blocks together (`killings".He vowed`), so
 * the DOM is walked instead: every block element (p, h1–h6, li, blockquote,
 * div, tr…) and `<br>` ends the line; inside a line, runs of HTML white
 * space (space, tab, CR, LF, FF) become one space, while U+00A0 stays, since
 * it separates thousands in French figures (`5 500`). Script, style and
 * other non-text elements are skipped. Lines are trimmed; empty ones dropped.
 */
import { parseHTML } from "linkedom";

/** Elements that start and end a line. */
const BLOCKS: ReadonlySet<string> = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CAPTION", "CENTER", "DD", "DETAILS", "DIALOG", "DIV", "DL", "DT",
  "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HGROUP", "HR",
  "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL",
]);
/** Elements whose content is never article text. */
const SKIPPED: ReadonlySet<string> = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH", "IFRAME", "OBJECT", "EMBED", "CANVAS", "SELECT", "BUTTON", "HEAD", "TITLE",
]);
/** HTML white space only: \s would also eat NBSP. */
const HTML_SPACE = /[ \t\n\r\f]+/g;
/** Deeper than this, a document is hostile; the rest of the branch is skipped (the walk is iterative anyway). */
const MAX_DEPTH = 512;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Text of a DOM subtree, one block a line. */
export function textOfNode(root: Node): string {
  const lines: string[] = [];
  let line = "";
  const flush = (): void => {
    const trimmed = line.replace(HTML_SPACE, " ").trim();
    if (trimmed !== "") lines.push(trimmed);
    line = "";
  };
  // Iterative depth-first walk; "leave" markers close blocks after their children.
  const stack: Array<{ node: Node; leave: boolean; depth: number }> = [{ node: root, leave: false, depth: 0 }];
  while (stack.length > 0) {
    const { node, leave, depth } = stack.pop()!;
    if (leave) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      line += node.nodeValue ?? "";
      continue;
    }
    const name = node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : "";
    if (SKIPPED.has(name)) continue;
    if (name === "BR") {
      flush();
      continue;
    }
    if (name === "TD" || name === "TH") line += " "; // cells of one row stay on one line
    const block = BLOCKS.has(name) && name !== "TD" && name !== "TH";
    if (block) {
      flush();
      stack.push({ node, leave: true, depth });
    }
    if (depth >= MAX_DEPTH) continue;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ node: children[i]!, leave: false, depth: depth + 1 });
  }
  flush();
  return lines.join("\n");
}

/** Text of an HTML fragment (a feed item's content, a title with markup). */
export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const body = (document as unknown as Document).body;
  return body ? textOfNode(body) : "";
}
