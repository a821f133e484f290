import { normalizeBody } from "./src/text";
const samples = [
  ["markdown", "## Company Description\n\nOur client is an **established** company. \n\nQualifications\n\n• Web developer\n\no HTML5, CSS\n\n*   **Core Responsibilities**\n    *   Generate leads in C\\+\\+ and \\_foo\\_\n*   See [our site](https://x.com/a_(b)) and ![](img.png)\n\n1.  Engaging with _prospects_ \n\n\\- Competitive pay\n\n## 🕵🏼‍♀️ What you’ll be doing?\n\n🏆 What’s the opportunity?\n\nWe are an equal opportunity employer and do not discriminate based on race, religion, sexual orientation."],
  ["html", "<div><b>What you'll do</b></div><ul><li>Build APIs in Go&nbsp;&amp; Rust</li><li><p>Nested <strong>para</strong></p></li></ul><script>var x = '<p>';</script><style>p{}</style><p>Salary: 100k<br>Remote<br/></p><table><tr><td>A</td><td>B</td></tr></table>"],
  ["escaped", "&lt;p&gt;&lt;strong&gt;Requirements&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Tom &amp;amp; Jerry&lt;/li&gt;&lt;/ul&gt;"],
  ["text", "ABOUT US\r\nWe build things.\r\n\r\nRequirements:\r\n- 5 years of Go\r\n* Kubernetes\r\n– Docker\r\n"],
];
for (const [name, body] of samples) {
  const nt = normalizeBody(body as string);
  console.log("=====", name, nt.format);
  for (const l of nt.lines) console.log(JSON.stringify(nt.text.slice(l.start, l.end)), l.section, l.heading ? "H" : "", l.bullet ? "B" : "");
  for (const l of nt.lines) { const s = nt.startOf[l.start]!, e = nt.endOf[l.end-1]!; console.log("   ", JSON.stringify(nt.original.slice(s, e))); }
}
