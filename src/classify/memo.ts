/**
 * A function of a string, remembered for the last `limit` distinct keys. Boards repeat job
 * titles ("Senior Software Engineer"), and the title rules are dozens of regexes; the cache is
 * emptied whole when full, which keeps it simple and bounded.
 */
export function memoized<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string): T => {
    const known = cache.get(key);
    // One lookup on a hit; `has` only for a remembered undefined.
    if (known !== undefined || cache.has(key)) return known as T;
    const value = compute(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
