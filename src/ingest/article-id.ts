/**
 * @module ingest/article-id
 * Stable article ids, for inputs that do not give one.
 *
 * - A file: `STEM-HASH`, STEM the file name without extension made safe
 *   (lower case, `a-z0-9` and `-`, at most 40 characters) so people can read
 *   it, HASH the first 8 hex digits of the SHA-1 of the file's path relative
 *   to its input root (the directory given, or the file's own folder when the
 *   file is given by itself), with `/` separators. So `examples/01-x.txt`
 *   gets the same id whether given alone or found by walking `examples/`,
 *   on any machine and from any working directory. Two files with the same
 *   name in different folders given one by one get the same id: give their
 *   common folder instead.
 * - A record with a URL: `url-HASH`, the first 16 hex digits of the SHA-1 of
 *   the trimmed URL.
 * - A record with neither id nor URL: the file's id, then `-N` with N the
 *   line number (JSON lines) or the 1-based position in a JSON array.
 * - Standard input stands for the file `stdin`.
 */
import { createHash } from "node:crypto";
import { basename, extname } from "node:path";

const STEM_MAX = 40;

function sha1Hex(text: string): string {
  return createHash("sha1").update(text, "utf8").digest("hex");
}

/** Backslashes to `/` and no leading `./`, so the hash is the same on every OS. */
export function normaliseRelativePath(relativePath: string): string {
  return relativePath.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
}

function safeStem(relativePath: string): string {
  const name = basename(relativePath);
  const stem = name.slice(0, name.length - extname(name).length) || name;
  const safe = stem
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // accents off: "crues-été" → "crues-ete"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, STEM_MAX)
    .replace(/-+$/, "");
  return safe || "article";
}

/** The id of the article a file holds, from its path relative to its input root. */
export function idFromPath(relativePath: string): string {
  const path = normaliseRelativePath(relativePath);
  return `${safeStem(path)}-${sha1Hex(path).slice(0, 8)}`;
}

/** The id of a record that has a URL but no id. */
export function idFromUrl(url: string): string {
  return `url-${sha1Hex(url.trim()).slice(0, 16)}`;
}

/** The id of the Nth record of a file (line number, or position in an array). */
export function idFromPosition(fileId: string, position: number): string {
  return `${fileId}-${position}`;
}
