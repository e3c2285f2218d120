import { render } from "preact";
import { useEffect } from "preact/hooks";
import { href, useRoute } from "./router.ts";
import { ArticleView } from "./views/article.tsx";
import { ArticlesView } from "./views/articles.tsx";
import { AuditView } from "./views/audit.tsx";
import { HomeView } from "./views/home.tsx";
import { SearchBox, SearchView } from "./views/search.tsx";
import { TrackView } from "./views/track.tsx";
import "./style.css";

function App() {
  const route = useRoute();
  useEffect(() => {
    // A new view starts at its top unless it scrolls itself (the article view scrolls to its claim).
    if (route.name !== "article") scrollTo(0, 0);
  }, [route.name, route.id]);
  let view;
  switch (route.name) {
    case "home":
      view = <HomeView />;
      break;
    case "track":
      view = <TrackView id={route.id!} asOf={route.params.get("as_of")} />;
      break;
    case "article":
      view = <ArticleView id={route.id!} claimRef={route.params.get("claim")} />;
      break;
    case "articles":
      view = <ArticlesView />;
      break;
    case "audit":
      view = <AuditView />;
      break;
    case "search":
      view = <SearchView q={route.params.get("q") ?? ""} />;
      break;
    default:
      view = <p role="alert">There is no such page. <a href="#/">Back to the tracked figures</a>.</p>;
  }
  const current = (name: string) => (route.name === name ? "page" : undefined);
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById("main")?.focus(); }}>Skip to content</a>
      <header class="top">
        <a class="brand" href="#/">Tally</a>
        <nav aria-label="Views">
          <a href={href("/")} aria-current={current("home")}>Tracked figures</a>
          <a href={href("/articles")} aria-current={current("articles")}>Articles</a>
          <a href={href("/audit")} aria-current={current("audit")}>Audit</a>
        </nav>
        <SearchBox initial={route.name === "search" ? (route.params.get("q") ?? "") : ""} />
      </header>
      <main id="main" tabIndex={-1}>{view}</main>
    </>
  );
}

render(<App />, document.getElementById("app")!);
