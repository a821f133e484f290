import type { Alias, Concept, ConceptInput, ContextRule, ContextRuleInput } from "./schema";

type AliasInput = ConceptInput["aliases"][number];

/** A context rule with the schema's defaults, not validated (see `conceptWithDefaults`). */
export function ruleWithDefaults(rule: ContextRuleInput): ContextRule {
  return {
    reject: rule.reject ?? [],
    accept: rule.accept ?? [],
    list: rule.list ?? true,
    otherwise: rule.otherwise ?? "reject",
  };
}

function aliasWithDefaults(alias: AliasInput): Alias {
  if (typeof alias === "string") return alias;
  const { context } = alias;
  return {
    text: alias.text,
    caseSensitive: alias.caseSensitive ?? false,
    ...(context === undefined
      ? {}
      : { context: typeof context === "string" ? context : ruleWithDefaults(context) }),
  };
}

/**
 * The schema's defaults, filled in without validating. Only for the bundled concepts: the tests
 * validate every data file with `ConceptSchema` and check that this gives the same result, and
 * skipping zod at start-up saves ~60 ms of `jobtags tag` cold start.
 */
export function conceptWithDefaults(concept: ConceptInput): Concept {
  return {
    id: concept.id,
    hashtag: concept.hashtag,
    label: concept.label,
    kind: concept.kind,
    group: concept.group,
    aliases: concept.aliases.map(aliasWithDefaults),
    implies: concept.implies ?? [],
    areas: concept.areas ?? [],
    software: concept.software ?? 0.5,
    weight: concept.weight ?? 1,
  };
}
