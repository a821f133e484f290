import type { ConceptInput } from "../schema";

/** Programming languages. Names and aliases in part from GitHub Linguist (MIT). */
export const languages: ConceptInput[] = [
  {
    id: "golang",
    hashtag: "#golang",
    label: "Go",
    kind: "technology",
    group: "language",
    aliases: [
      "golang",
      "go lang",
      "go-lang",
      {
        text: "Go",
        caseSensitive: true,
        context: {
          reject: [
            { after: "^[\\s-]*(?:to[\\s-]market|above|beyond|live|through|the extra|further|far|ahead|back|out|over|get|-?getter)\\b" },
            { before: "(?:on the|let's|ready to|to|will|you|we|can|could|must|should|would)\\s+$" },
          ],
          accept: ["techCueBefore", "techNounAfter", "labelledListBefore"],
          list: true,
          otherwise: "reject",
        },
      },
    ],
    areas: ["backend"],
    software: 0.97,
  },
  {
    id: "python",
    hashtag: "#python",
    label: "Python",
    kind: "technology",
    group: "language",
    aliases: ["python", "python3", "python 3", "python2"],
    software: 0.9,
  },
];
