/**
 * Every match of the global pattern `pattern` in `text`, in order, as `text.matchAll(pattern)`
 * gives them. `matchAll` copies the pattern (a new RegExp) on every call, which costs more than
 * a short fragment's whole search; this runs the compiled pattern itself and collects the
 * matches first, so the caller may use the same pattern again while reading them.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  // Without the global flag `exec` would find the first match forever; matchAll throws too.
  if (!pattern.global) throw new TypeError(`allMatches: ${pattern} must have the g flag`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    // An empty match would repeat forever; step past it as matchAll does.
    if (match[0] === "") pattern.lastIndex++;
    matches.push(match);
  }
  return matches;
}
