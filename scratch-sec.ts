import { normalizeBody } from "./src/text";
const show = (name: string, body: string, format?: any) => {
  const nt = normalizeBody(body, format ? { format } : {});
  console.log("=====", name, nt.format);
  for (const l of nt.lines) console.log(`  ["${l.section}", ${JSON.stringify(nt.text.slice(l.start, l.end))}],${l.heading ? " //H" : ""}`);
};
show("en-md", `Acme is a fully remote company. We make invoicing simple for 40,000 small shops.

## What you'll do

*   Build payment APIs in Go
*   Review code with the team

## What we're looking for

*   4+ years of backend experience
*   Experience with PostgreSQL
*   Kafka experience is a plus

## Nice to have

*   Terraform

## Perks

*   Home office budget
*   Unlimited PTO

## How to apply

Send us your CV and a short note.

Acme is an equal opportunity employer. We do not discriminate on the basis of race, religion, sexual orientation or gender identity.`);
show("de", `Über uns\n\nWir sind ein Berliner Start-up.\n\nIhre Aufgaben:\n- Entwicklung von APIs\n\nIhr Profil:\n- Erfahrung mit Java\n\nWir bieten:\n- 30 Tage Urlaub\n\nDatenschutz:\nIhre Daten werden vertraulich behandelt.`, "text");
show("fr", `## Missions\n\n*   Concevoir des services\n\n## Profil recherché\n\n*   Maîtrise de Python\n\n## Avantages\n\n*   Télétravail`);
show("es", `**Responsabilidades**\n\n*   Diseñar APIs\n\n**Requisitos**\n\n*   Node.js\n\n**Beneficios**\n\n*   Seguro médico`);
show("pt", `<h3>Sobre nós</h3><p>Somos uma fintech.</p><h3>Responsabilidades</h3><ul><li>Criar APIs</li></ul><h3>Requisitos</h3><ul><li>Experiência com React</li></ul><h3>Diferenciais</h3><ul><li>GraphQL</li></ul><h3>Benefícios</h3><ul><li>Plano de saúde</li></ul>`);
show("plain-cues", `Our team builds maps.\n\nQualifications\n\n• Python\n• Great communication\n\nBenefits\n\n• Stipend`);
show("no-we", `Senior Go engineer for a payments platform.\n\nRESPONSIBILITIES\n- Build services`, "text");
show("gdpr-req", `## Requirements\n\n*   Experience with GDPR and data protection audits\n*   Privacy engineering background\n\n## About the data\n\nBy applying you consent to the processing of your personal data for recruitment.`);
show("unknown", `## About Acme\n\nWe build robots.\n\n## Day one\n\n*   You will pair with a mentor\n*   You will ship a fix\n*   You will meet customers\n\n## Responsibilities\n\n*   Build robots\n\n### Hardware\n\n*   Solder boards\n\n## Misc\n\nThe office is in Lisbon.`);
