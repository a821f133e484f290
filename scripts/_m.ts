import { mentionsOf } from "../src/dictionary/index";
for (const s of process.argv.slice(2)) console.log(s, JSON.stringify(mentionsOf(s).map((m) => m.id + ":" + m.text)));
