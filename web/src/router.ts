/** Hash routes: #/, #/track/ID?as_of=…, #/article/ID?claim=in:start:end, #/articles, #/audit, #/search?q=… */
import { useEffect, useState } from "preact/hooks";

export interface Route {
  readonly name: "home" | "track" | "article" | "articles" | "audit" | "search" | "missing";
  readonly id: string | null;
  readonly params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, "") || "/";
  const [path = "/", search = ""] = raw.split("?", 2);
  const params = new URLSearchParams(search);
  const parts = path.split("/").filter((p) => p !== "");
  const decode = (part: string | undefined): string | null => {
    if (part === undefined) return null;
    try {
      return decodeURIComponent(part);
    } catch {
      return null;
    }
  };
  if (parts.length === 0) return { name: "home", id: null, params };
  const [head, id] = parts;
  if ((head === "track" || head === "article") && parts.length === 2 && decode(id) !== null) return { name: head, id: decode(id), params };
  if ((head === "articles" || head === "audit" || head === "search") && parts.length === 1) return { name: head, id: null, params };
  return { name: "missing", id: null, params };
}

export function href(path: string, params: Record<string, string | null | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") search.set(key, value);
  const text = search.toString();
  return `#${path}${text ? `?${text}` : ""}`;
}

export const trackHref = (id: string, asOf?: string | null): string => href(`/track/${encodeURIComponent(id)}`, { as_of: asOf });
export const articleHref = (id: string, claim?: string | null): string => href(`/article/${encodeURIComponent(id)}`, { claim });

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = (): void => setRoute(parseHash(location.hash));
    addEventListener("hashchange", update);
    return () => removeEventListener("hashchange", update);
  }, []);
  return route;
}

/** Loads data for a key; reloads when the key changes or `reload` is called. */
export function useLoad<T>(key: string, load: () => Promise<T>): { data: T | null; error: string | null; reload: () => void } {
  const [state, setState] = useState<{ key: string; data: T | null; error: string | null }>({ key: "", data: null, error: null });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ key, data, error: null }),
      (error: unknown) => live && setState({ key, data: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [key, tick]);
  // While the next key loads, the previous data stays on screen (no flicker when the slider moves).
  return { data: state.data, error: state.error, reload: () => setTick((t) => t + 1) };
}
