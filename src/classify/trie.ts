interface TrieNode {
  children: Map<string, TrieNode>;
  /** Set when a word ends here; the suffix pattern it needs after it ("" or "\\b"). */
  end?: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A regular-expression source matching any of `words`, shaped as a trie: "remote|resid|rate"
 * becomes "r(?:e(?:mote|sid)|ate)". Irregexp tries a flat alternation word by word at every
 * position, so a trie keeps a scan over many words about as cheap as one over a few. A word
 * ending in "=" must also end its own word (it gets a `\b`).
 */
export function trieAlternation(words: readonly string[]): string {
  const root: TrieNode = { children: new Map() };
  for (const written of words) {
    const wholeWord = written.endsWith("=");
    const word = wholeWord ? written.slice(0, -1) : written;
    let node = root;
    for (const char of word) {
      let child = node.children.get(char);
      if (!child) {
        child = { children: new Map() };
        node.children.set(char, child);
      }
      node = child;
    }
    // A word that may end mid-word makes the boundary of a whole-word twin irrelevant.
    node.end = node.end === "" || !wholeWord ? "" : "\\b";
  }
  return sourceOf(root);
}

function sourceOf(node: TrieNode): string {
  const branches: string[] = [];
  for (const [char, child] of node.children) branches.push(escapeRegExp(char) + sourceOf(child));
  // A word ending here goes last, so longer words sharing its prefix are tried first.
  if (node.end !== undefined) branches.push(node.end);
  if (branches.length === 1) return branches[0] as string;
  return `(?:${branches.join("|")})`;
}
