import type { ContextRuleInput } from "../schema";

/**
 * Named context rules for ambiguous aliases. A concept's alias names one with
 * `context: "techWord"`, or carries a rule of its own inline.
 */
export const rules: Record<string, ContextRuleInput> = {
  /** A capitalized product name that is also an English word: needs a technology context. */
  techWord: {
    accept: ["techCueBefore", "techNounAfter", "labelledListBefore"],
    list: true,
    otherwise: "reject",
  },
  /** Mostly a technology, but sometimes not: accepted unless a rejecting phrase says otherwise. */
  mostlyTech: {
    list: true,
    otherwise: "accept",
  },
};
