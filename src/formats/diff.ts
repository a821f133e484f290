import type { FieldChange } from "./front-matter-edit";

function range(start: number, count: number): string {
  return `${start},${count}`;
}

/** The last old line a change covers (for an insertion: the line it follows). */
function lastOldLine(change: FieldChange): number {
  return change.removed.length > 0 ? change.oldStart + change.removed.length - 1 : change.oldStart;
}

/** Joins changes that touch or follow each other into one hunk. */
function mergeAdjacent(changes: readonly FieldChange[]): FieldChange[] {
  const merged: FieldChange[] = [];
  for (const change of changes) {
    const previous = merged[merged.length - 1];
    const touches =
      previous !== undefined &&
      (change.removed.length === 0
        ? change.oldStart === lastOldLine(previous)
        : change.oldStart === lastOldLine(previous) + 1);
    if (previous === undefined || !touches) {
      merged.push({ ...change });
      continue;
    }
    if (previous.removed.length === 0) previous.oldStart = change.oldStart;
    previous.removed = [...previous.removed, ...change.removed];
    previous.added = [...previous.added, ...change.added];
  }
  return merged;
}

/**
 * The changes to one file as a unified diff without context lines (`diff -U0`), which
 * `patch` and `git apply --unidiff-zero` accept. Empty when nothing changed.
 */
export function unifiedDiff(file: string, changes: readonly FieldChange[]): string {
  if (changes.length === 0) return "";
  let text = `--- ${file}\n+++ ${file}\n`;
  let delta = 0;
  for (const change of mergeAdjacent(changes)) {
    const removed = change.removed.length;
    const added = change.added.length;
    const oldStart = change.oldStart;
    let newStart: number;
    if (removed === 0) newStart = oldStart + delta + 1;
    else newStart = added === 0 ? oldStart + delta - 1 : oldStart + delta;
    text += `@@ -${range(oldStart, removed)} +${range(newStart, added)} @@\n`;
    for (const line of change.removed) text += `-${line}\n`;
    for (const line of change.added) text += `+${line}\n`;
    delta += added - removed;
  }
  return text;
}
