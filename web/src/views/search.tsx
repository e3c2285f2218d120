import { useEffect, useState } from "preact/hooks";
import { api, claimRef, type SearchHit } from "../api.ts";
import { articleHref, href, useLoad } from "../router.ts";

export function SearchBox({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  useEffect(() => setValue(initial), [initial]);
  return (
    <form
      role="search"
      class="search"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim() !== "") location.hash = href("/search", { q: value.trim() });
      }}
    >
      <label for="q" class="visually-hidden">Search articles and figures</label>
      <input id="q" type="search" placeholder="Search articles and figures" value={value} maxLength={500}
        onInput={(event) => setValue((event.target as HTMLInputElement).value)} />
      <button type="submit">Search</button>
    </form>
  );
}

/** The snippet's [matched] words highlighted, as text nodes. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[[^\]]*\])/);
  return <>{parts.map((part, i) => (part.startsWith("[") && part.endsWith("]") ? <mark key={i}>{part.slice(1, -1)}</mark> : part))}</>;
}

export function SearchView({ q }: { q: string }) {
  const { data, error } = useLoad(`search:${q}`, () => (q === "" ? Promise.resolve(null) : api.search(q)));
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">Search: {q}</h1>
      {error && <p role="alert">{error}</p>}
      {data && data.items.length === 0 && <p>Nothing found.</p>}
      {data && (
        <ul class="hits">
          {data.items.map((hit: SearchHit, i: number) => (
            <li key={i}>
              <a href={articleHref(hit.article, hit.claim ? claimRef(hit.claim) : null)}>{hit.title ?? hit.article}</a>
              <span class="tag">{hit.kind === "claim" ? `figure: ${hit.claim?.mention ?? ""}` : "article"}</span>
              <p><Snippet text={hit.snippet} /></p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
