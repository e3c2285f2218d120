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

/**
 * Text of a DOM subtree, one block a line. `skip`, when given, leaves out
 * elements (with their content) that are not article text on this page.
 */
export function textOfNode(root: Node, skip?: (element: Element) => boolean): string {
  const lines: string[] = [];
  let line = "";
  const flush = (): void => {
    const trimmed = line.replace(HTML_SPACE, " ").trim();
    if (trimmed !== "") lines.push(trimmed);
    line = "";
  };
  // Iterative depth-first walk over parallel stacks (no object per node: this runs for every page);
  // a "leave" entry closes a block after its children.
  const nodes: Node[] = [root];
  const depths: number[] = [0];
  const leaving: boolean[] = [false];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (leaving.pop()!) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      line += node.nodeValue ?? "";
      continue;
    }
    const name = node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : "";
    if (SKIPPED.has(name)) continue;
    if (skip !== undefined && name !== "" && skip(node as Element)) continue;
    if (name === "BR") {
      flush();
      continue;
    }
    if (name === "TD" || name === "TH") line += " "; // cells of one row stay on one line
    const block = BLOCKS.has(name) && name !== "TD" && name !== "TH";
    if (block) {
      flush();
      nodes.push(node);
      depths.push(depth);
      leaving.push(true);
    }
    if (depth >= MAX_DEPTH) continue;
    // Last child first, so that the first is taken first.
    for (let child = node.lastChild; child !== null; child = child.previousSibling) {
      nodes.push(child);
      depths.push(depth + 1);
      leaving.push(false);
    }
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
