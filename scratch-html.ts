import { normalizeBody } from "./src/text";
const show = (name: string, body: string, format?: any) => {
  const nt = normalizeBody(body, format ? { format } : {});
  console.log("=====", name, nt.format);
  for (const l of nt.lines) console.log(`  ${l.section.padEnd(16)} ${l.heading ? "H" : " "}${l.bullet ? "B" : " "} ${JSON.stringify(nt.text.slice(l.start, l.end))}`);
};
show("lever", `<div><div>Acme builds payroll software for small shops in Europe.</div><div><br></div><div><b>What you'll do</b></div><ul><li>Design and ship REST APIs in Go</li><li>Own our Postgres schema</li></ul><div><b>What you'll bring</b></div><ul><li>3+ years of experience with Go</li><li>Fluent English</li></ul></div>`);
show("greenhouse", `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;At Acme, we help clinics book patients.&lt;/p&gt;&lt;/div&gt;&lt;h2&gt;&lt;strong&gt;Responsibilities&lt;/strong&gt;&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Build R&amp;amp;D tooling&lt;/li&gt;&lt;li&gt;Keep our &lt;em&gt;Kubernetes&lt;/em&gt; clusters healthy&lt;/li&gt;&lt;/ul&gt;`);
show("workable", `<p>We are a small fintech team.</p><p><strong>Requirements</strong></p><ul>\n<li>5+ years with Python</li>\n<li>Django&nbsp;or&nbsp;Flask</li>\n</ul><p><strong>Benefits</strong></p><ul><li>Remote work</li></ul>`);
show("bamboo", `<p>ABOUT THE JOB<br>You will answer customer tickets.<br><br><strong>Skills:</strong><br>• Zendesk<br>• Written English<br></p>`);
show("nested", `<ul><li>Backend<ul><li>Go</li><li>Rust</li></ul></li><li><p>Frontend</p></li></ul>`);
show("table", `<table><tr><th>Salary</th><td>$120k – $150k</td></tr><tr><td>Location</td><td>Remote (EU)</td></tr></table>`);
show("script", `<style>.x{color:red}</style><p>Hello&nbsp;&nbsp; world</p><script>document.write("<p>no</p>")</script><!-- hidden --><p>Bye</p>`);
show("smart", `<p>We\u2019re \u201cremote\u2011first\u201d\u200b and\u00a0proud\u200d.</p><p>✅ Flexible hours</p><p>🚀 Stock options</p>`);
show("md", "## About us\n\nAcme\\_Corp is **remote**.\n\n**Requirements**\n\n*   C\\+\\+ or [Rust](https://rust-lang.org)\n*   ![logo](x.png)Go\n    *   nested `tokio`\n1.  First\n2.  Second\n\n\\- escaped dash item");
show("text", "ABOUT US\r\nWe build boats.\r\n\r\nRequirements:\r\n• Welding\r\n- Sailing\r\n* Knots\r\n– Rope\r\no Paint\r\n1) Tides\r\nThank you!");
