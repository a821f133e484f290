import { HEADING_RULES, headingKey } from "./src/text/cues";
for (const h of process.argv.slice(2)) { const k = headingKey(h); const r = HEADING_RULES.find((r) => r.pattern.test(k)); console.log(JSON.stringify(k), r?.section, r?.pattern.exec(k)?.[0]); }
