/**
 * @module core/bounded-memo
 * A function's results for the arguments seen lately. News repeats the same
 * few names, words and keys from article to article, so a small memo saves
 * most of the work; it is emptied when full, so its memory stays bounded
 * however much is read. Only for functions of their argument alone.
 */
export function boundedMemo<V extends NonNullable<unknown> | null>(compute: (key: string) => V, limit: number): (key: string) => V {
  const seen = new Map<string, V>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) {
      value = compute(key);
      if (seen.size >= limit) seen.clear();
      seen.set(key, value);
    }
    return value;
  };
}
