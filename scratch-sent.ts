import { normalizeBody, splitSentences } from "./src/text";
const nt = normalizeBody(process.argv[2]!, { format: "text" });
for (const s of splitSentences(nt)) console.log(s.line, JSON.stringify(nt.text.slice(s.start, s.end)));
