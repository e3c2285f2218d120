import { api, type StoredArticle } from "../api.ts";
import { articleHref, useLoad } from "../router.ts";

function Column({ language, title, items }: { language: string; title: string; items: readonly StoredArticle[] }) {
  return (
    <section class="column" lang={language} aria-labelledby={`col-${language}`}>
      <h2 id={`col-${language}`}>{title}</h2>
      {items.length === 0 && <p class="muted">None.</p>}
      <ul class="articles">
        {items.map((article) => (
          <li key={article.id}>
            <a href={articleHref(article.id)}>{article.title ?? article.id}</a>
            <div class="meta">
              {article.published ?? "undated"} · {article.outlets.join(", ") || "no outlet"}
              {article.duplicateOf && <span class="tag">repeats another article</span>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** French and English articles side by side. */
export function ArticlesView() {
  const fr = useLoad("articles:fr", () => api.articles({ language: "fr", limit: 500 }));
  const en = useLoad("articles:en", () => api.articles({ language: "en", limit: 500 }));
  const error = fr.error ?? en.error;
  return (
    <section aria-labelledby="articles-title">
      <h1 id="articles-title">Articles</h1>
      {error && <p role="alert">{error}</p>}
      <div class="columns">
        <Column language="fr" title="Français" items={fr.data?.items ?? []} />
        <Column language="en" title="English" items={en.data?.items ?? []} />
      </div>
    </section>
  );
}
