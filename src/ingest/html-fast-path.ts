/**
 * @module ingest/html-fast-path
 * The article text of a page that says plainly where it is, without
 * Mozilla Readability's scoring (~1 ms a page). Two plain cases:
 *
 * 1. The JSON-LD Article's `articleBody`, when it keeps its paragraph
 *    breaks (a flattened body would glue sentences across paragraphs) and
 *    is as long as the page's paragraphs (else it is a teaser or summary).
 * 2. The page's only `<article>` element, when its paragraphs hold most of
 *    the page's paragraph text and most of its own text (a list of links
 *    is not an article). Inside it, what Readability would drop is left
 *    out: hidden elements, furniture (aside, footer, forms, buttons…),
 *    elements whose class or id says comment, share, related and the like,
 *    menus and dialogs by role, the byline, and the heading that repeats the
 *    title (the title is read on its own; in the body its figures would
 *    count twice).
 *
 * Either way the text follows ingest/html-text's rules (one block a line).
 * Any other page returns null, and the reader runs Readability.
 */
import { htmlFragmentToText, textOfNode } from "./html-text.js";

/** Readability's threshold too: shorter, a page's text is not taken as its article. */
const MIN_ARTICLE_CHARS = 500;
/** Share of the page's paragraph text the `<article>` must hold. */
const MIN_SHARE_OF_PAGE = 0.8;
/** Share of the `<article>`'s own text that must be paragraphs. */
const MIN_PARAGRAPH_SHARE = 0.75;
/** The JSON-LD body must be at least this long relative to the page's paragraphs. */
const MIN_JSON_LD_COVERAGE = 0.8;

// Readability's own patterns (Readability.js REGEXPS), so that both paths leave out the same furniture.
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;
const SHARE = /(\b|_)(share|sharedaddy)(\b|_)/i;
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const UNLIKELY_ROLES: ReadonlySet<string> = new Set(["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]);
/** Elements Readability always removes from an article. */
const FURNITURE: ReadonlySet<string> = new Set([
  "ASIDE", "FOOTER", "NAV", "FORM", "FIELDSET", "BUTTON", "INPUT", "TEXTAREA", "SELECT", "IFRAME", "OBJECT", "EMBED", "LINK",
]);
/** Blocks whose text is article text; lists are too unless they are link lists. */
const TEXT_BLOCKS: ReadonlySet<string> = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "TABLE", "FIGCAPTION"]);
/** Never text (ingest/html-text skips them too). */
const SKIPPED_BLOCKS: ReadonlySet<string> = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH"]);
const LINK_LIST_DENSITY = 0.5;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
const HTML_SPACE = /[ \t\n\r\f]+/g;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** How the page's text is spread: paragraphs in all, and in (the first) `<article>`. */
interface Census {
  paragraphChars: number;
  articles: number;
  article: Element | null;
  articleParagraphChars: number;
  articleChars: number;
}

/** Never text: not counted. */
const NOT_TEXT: ReadonlySet<string> = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);

/** Characters of text under `root`, white space aside (indentation would weigh in every ratio). */
function textChars(root: Node): number {
  let chars = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) chars += visibleChars(node.nodeValue ?? "");
    else if (node.nodeType === ELEMENT_NODE && !NOT_TEXT.has((node as Element).tagName)) {
      for (let child = node.firstChild; child !== null; child = child.nextSibling) stack.push(child);
    }
  }
  return chars;
}

function visibleChars(text: string): number {
  let chars = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 160 && c !== 10 && c !== 9 && c !== 13 && c !== 12) chars++;
  }
  return chars;
}

/** The census of a page's body in one walk (a paragraph's text is counted once, not per ancestor). */
function census(body: Element): Census {
  const result: Census = { paragraphChars: 0, articles: 0, article: null, articleParagraphChars: 0, articleChars: 0 };
  const nodes: Node[] = [body];
  const inArticle: boolean[] = [false];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    let inside = inArticle.pop()!;
    if (node.nodeType === TEXT_NODE) {
      if (inside) result.articleChars += visibleChars(node.nodeValue ?? "");
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = (node as Element).tagName;
    if (NOT_TEXT.has(name)) continue;
    if (name === "P") {
      const chars = textChars(node);
      result.paragraphChars += chars;
      if (inside) {
        result.articleParagraphChars += chars;
        result.articleChars += chars;
      }
      continue;
    }
    if (name === "ARTICLE") {
      result.articles++;
      if (result.article === null) {
        result.article = node as Element;
        inside = true;
      }
    }
    for (let child = node.lastChild; child !== null; child = child.previousSibling) {
      nodes.push(child);
      inArticle.push(inside);
    }
  }
  return result;
}

/** Readability's `_textSimilarity`: the share of B's words also in A, weighted by length. */
function textSimilarity(a: string, b: string): number {
  const tokensA = a.toLowerCase().split(/\W+/).filter(Boolean);
  const tokensB = b.toLowerCase().split(/\W+/).filter(Boolean);
  if (tokensA.length === 0 || tokensB.length === 0) return 0;
  const unique = tokensB.filter((token) => !tokensA.includes(token));
  return 1 - unique.join(" ").length / tokensB.join(" ").length;
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute("hidden")) return true;
  if (element.getAttribute("aria-hidden") === "true" && !(element.getAttribute("class") ?? "").includes("fallback-image")) return true;
  const style = element.getAttribute("style");
  return style !== null && HIDDEN_STYLE.test(style);
}

/** What Readability would leave out of an article it found in `article`, for textOfNode's `skip`. */
function readabilityFurniture(title: string | null): (element: Element) => boolean {
  let titleHeadingSeen = title === null;
  let bylineSeen = false;
  return (element) => {
    const name = element.tagName;
    if (FURNITURE.has(name) || isHidden(element)) return true;
    const role = element.getAttribute("role");
    if (role !== null && UNLIKELY_ROLES.has(role)) return true;
    const match = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (name !== "A" && UNLIKELY.test(match) && !MAYBE_CANDIDATE.test(match)) return true;
    if (SHARE.test(match) && textChars(element) < 500) return true;
    if (!bylineSeen && (element.getAttribute("rel") === "author" || (element.getAttribute("itemprop") ?? "").includes("author") || BYLINE.test(match))) {
      const length = (element.textContent ?? "").trim().length;
      if (length > 0 && length < 100) {
        bylineSeen = true;
        return true;
      }
    }
    if (!titleHeadingSeen && (name === "H1" || name === "H2")) {
      const heading = (element.textContent ?? "").replace(HTML_SPACE, " ").trim();
      if (textSimilarity(title!, heading) > 0.75) {
        titleHeadingSeen = true;
        return true;
      }
    }
    return false;
  };
}

/**
 * The text of the article's text blocks (paragraphs, headings, quotes,
 * lists that are not link lists, tables, figure captions, which Readability
 * keeps), in order, one block a line by html-text's rules. Text loose in a
 * container (bylines, dates, "Advertisement") is furniture on the pages this
 * path takes, as it is for Readability, which drops such containers for
 * their little content. (`skip` only ever turns true once per element, so
 * asking it again inside a block gives the same answer.)
 */
function textBlocks(article: Element, skip: (element: Element) => boolean): string {
  const parts: string[] = [];
  const stack: Element[] = [article];
  while (stack.length > 0) {
    const element = stack.pop()!;
    const name = element.tagName;
    if (SKIPPED_BLOCKS.has(name) || skip(element)) continue;
    if (TEXT_BLOCKS.has(name) || ((name === "UL" || name === "OL" || name === "DL") && !isLinkList(element))) {
      const text = textOfNode(element, skip);
      if (text !== "") parts.push(text);
      continue;
    }
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join("\n");
}

/** A list whose text is mostly links: tags, related stories, navigation. */
function isLinkList(list: Element): boolean {
  let links = 0;
  for (const a of Array.from(list.getElementsByTagName("a"))) links += textChars(a);
  return links > LINK_LIST_DENSITY * textChars(list);
}

/** A JSON-LD articleBody as lines: HTML when it holds markup, else text whose line breaks are paragraphs. */
function articleBodyText(articleBody: string): string {
  if (/<\/?(?:p|br|div|h[1-6]|li)\b/i.test(articleBody)) return htmlFragmentToText(articleBody);
  return articleBody
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) => line.replace(HTML_SPACE, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/**
 * The article text of `document` by the fast path, or null when the page is
 * not plain enough and Readability must decide. `title` is the title
 * Readability gives the page (its heading in the body is left out).
 */
export function fastArticleText(document: Document, articleBody: string | null, title: string | null): string | null {
  const body = document.body;
  if (!body) return null;
  const page = census(body);
  if (articleBody !== null) {
    const text = articleBodyText(articleBody);
    if (text.length >= MIN_ARTICLE_CHARS && text.includes("\n") && text.length >= MIN_JSON_LD_COVERAGE * page.paragraphChars) return text;
  }
  if (page.articles !== 1 || page.article === null) return null;
  const inArticle = page.articleParagraphChars;
  if (inArticle < MIN_ARTICLE_CHARS || inArticle < MIN_SHARE_OF_PAGE * page.paragraphChars) return null;
  if (inArticle < MIN_PARAGRAPH_SHARE * page.articleChars) return null;
  const text = textBlocks(page.article, readabilityFurniture(title));
  return text.length >= MIN_ARTICLE_CHARS ? text : null;
}
