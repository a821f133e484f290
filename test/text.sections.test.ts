import { describe, expect, it } from "vitest";
import type { Format, Section } from "../src/schema/enums";
import { classifyHeading, normalizeBody, sectionAt } from "../src/text";

/** Each line as `[section, text]`, headings marked with a trailing `#` on the section. */
function sectionsOf(body: string, format?: Format): Array<[string, string]> {
  const nt = normalizeBody(body, format ? { format } : {});
  return nt.lines.map((line) => [
    line.heading ? `${line.section}#` : line.section,
    nt.text.slice(line.start, line.end),
  ]);
}

describe("sections from markdown headings", () => {
  it("labels a typical English posting, the intro as the company blurb", () => {
    const body = [
      "Acme is a fully remote company. We make invoicing simple for small shops.",
      "## What you'll do",
      "*   Build payment APIs in Go",
      "## What we're looking for",
      "*   4+ years of backend experience",
      "*   Kafka experience is a plus",
      "## Nice to have",
      "*   Terraform",
      "## Perks",
      "*   Unlimited PTO",
      "## How to apply",
      "Send us your CV and a short note.",
      "Acme is an equal opportunity employer. We do not discriminate on the basis of race, religion or gender identity.",
    ].join("\n\n");
    expect(sectionsOf(body)).toEqual([
      ["about", "Acme is a fully remote company. We make invoicing simple for small shops."],
      ["responsibilities#", "What you'll do"],
      ["responsibilities", "Build payment APIs in Go"],
      ["requirements#", "What we're looking for"],
      ["requirements", "4+ years of backend experience"],
      ["nice-to-have", "Kafka experience is a plus"],
      ["nice-to-have#", "Nice to have"],
      ["nice-to-have", "Terraform"],
      ["benefits#", "Perks"],
      ["benefits", "Unlimited PTO"],
      ["process#", "How to apply"],
      ["process", "Send us your CV and a short note."],
      [
        "legal",
        "Acme is an equal opportunity employer. We do not discriminate on the basis of race, religion or gender identity.",
      ],
    ]);
  });

  it("calls an intro that does not speak as a company 'other'", () => {
    expect(
      sectionsOf(
        "Senior Go engineer for a payments platform.\n\n## Responsibilities\n\n*   Build services",
      ),
    ).toEqual([
      ["other", "Senior Go engineer for a payments platform."],
      ["responsibilities#", "Responsibilities"],
      ["responsibilities", "Build services"],
    ]);
  });

  it("uses bold-only lines and bold list items as headings", () => {
    const body = [
      "## Job requirements",
      "*   **Core Responsibilities**",
      "    *   Generate new leads",
      "*   **Requirements**",
      "    *   3+ years in sales",
    ].join("\n");
    expect(sectionsOf(body)).toEqual([
      ["requirements#", "Job requirements"],
      ["responsibilities#", "Core Responsibilities"],
      ["responsibilities", "Generate new leads"],
      ["requirements#", "Requirements"],
      ["requirements", "3+ years in sales"],
    ]);
  });

  it("reads a line that introduces a list as a heading when it names a section", () => {
    const body = [
      "**Your role**",
      "*   Close the books every month",
      "You've done some of these things...",
      "*   Qualified as an accountant",
      "You are the sort of person that...",
      "*   Loves tidy spreadsheets",
    ].join("\n\n");
    expect(sectionsOf(body)).toEqual([
      ["responsibilities#", "Your role"],
      ["responsibilities", "Close the books every month"],
      ["requirements#", "You've done some of these things..."],
      ["requirements", "Qualified as an accountant"],
      ["requirements#", "You are the sort of person that..."],
      ["requirements", "Loves tidy spreadsheets"],
    ]);
  });
});

describe("sections of headings that name nothing", () => {
  it("lets the phrases of the block decide", () => {
    const body = [
      "## About Acme",
      "We build warehouse robots.",
      "## Day one",
      "*   You will pair with a mentor",
      "*   You will ship a fix",
      "*   You'll meet two customers",
    ].join("\n\n");
    expect(sectionsOf(body)).toEqual([
      ["about#", "About Acme"],
      ["about", "We build warehouse robots."],
      ["responsibilities#", "Day one"],
      ["responsibilities", "You will pair with a mentor"],
      ["responsibilities", "You will ship a fix"],
      ["responsibilities", "You'll meet two customers"],
    ]);
  });

  it("continues the named section a sub-heading sits in when its lines say nothing", () => {
    const body =
      "## Responsibilities will include:\n\n## Hardware\n\n*   Solder boards\n\n*   Test motors";
    expect(sectionsOf(body)).toEqual([
      ["responsibilities#", "Responsibilities will include:"],
      ["responsibilities#", "Hardware"],
      ["responsibilities", "Solder boards"],
      ["responsibilities", "Test motors"],
    ]);
  });

  it("is 'other' before any named section when its lines say nothing", () => {
    expect(sectionsOf("## Hardware\n\n*   Solder boards\n\n*   Test motors")).toEqual([
      ["other#", "Hardware"],
      ["other", "Solder boards"],
      ["other", "Test motors"],
    ]);
  });
});

describe("sections in HTML and plain text", () => {
  it("reads Lever-style bold divs", () => {
    const body =
      "<div>Acme builds payroll software.</div><div><b>What you'll bring</b></div><ul><li>3+ years of Go</li></ul>" +
      "<div><b>Benefits</b></div><ul><li>Stock options</li></ul>";
    expect(sectionsOf(body)).toEqual([
      ["other", "Acme builds payroll software."],
      ["requirements#", "What you'll bring"],
      ["requirements", "3+ years of Go"],
      ["benefits#", "Benefits"],
      ["benefits", "Stock options"],
    ]);
  });

  it("reads capital and colon headings and plain cue lines in text", () => {
    const body =
      "ABOUT US\nOur team builds maps.\n\nQualifications\n• Python\n\nWhat we offer:\n• Stipend";
    expect(sectionsOf(body, "text")).toEqual([
      ["about#", "ABOUT US"],
      ["about", "Our team builds maps."],
      ["requirements#", "Qualifications"],
      ["requirements", "Python"],
      ["benefits#", "What we offer:"],
      ["benefits", "Stipend"],
    ]);
  });

  it("does not take a short value line for a heading", () => {
    expect(sectionsOf("Responsibilities:\nShip code\nSalary: 100k\nReview code", "text")).toEqual([
      ["responsibilities#", "Responsibilities:"],
      ["responsibilities", "Ship code"],
      ["responsibilities", "Salary: 100k"],
      ["responsibilities", "Review code"],
    ]);
  });
});

describe("sections in German, French, Spanish and Portuguese", () => {
  it("reads German headings", () => {
    const body =
      "Über uns\nWir sind ein Berliner Start-up.\n\nIhre Aufgaben:\n- Entwicklung von APIs\n\nIhr Profil:\n- Erfahrung mit Java\n\nWir bieten:\n- 30 Tage Urlaub\n\nDatenschutz:\nIhre Daten werden vertraulich behandelt.";
    expect(sectionsOf(body, "text")).toEqual([
      ["about#", "Über uns"],
      ["about", "Wir sind ein Berliner Start-up."],
      ["responsibilities#", "Ihre Aufgaben:"],
      ["responsibilities", "Entwicklung von APIs"],
      ["requirements#", "Ihr Profil:"],
      ["requirements", "Erfahrung mit Java"],
      ["benefits#", "Wir bieten:"],
      ["benefits", "30 Tage Urlaub"],
      ["legal#", "Datenschutz:"],
      ["legal", "Ihre Daten werden vertraulich behandelt."],
    ]);
  });

  it("reads French headings", () => {
    const body =
      "## Missions\n\n*   Concevoir des services\n\n## Profil recherché\n\n*   Maîtrise de Python\n\n## Avantages\n\n*   Télétravail";
    expect(sectionsOf(body)).toEqual([
      ["responsibilities#", "Missions"],
      ["responsibilities", "Concevoir des services"],
      ["requirements#", "Profil recherché"],
      ["requirements", "Maîtrise de Python"],
      ["benefits#", "Avantages"],
      ["benefits", "Télétravail"],
    ]);
  });

  it("reads Spanish headings", () => {
    const body =
      "**Responsabilidades**\n\n*   Diseñar APIs\n\n**Requisitos**\n\n*   Node.js\n\n**Beneficios**\n\n*   Seguro médico";
    expect(sectionsOf(body)).toEqual([
      ["responsibilities#", "Responsabilidades"],
      ["responsibilities", "Diseñar APIs"],
      ["requirements#", "Requisitos"],
      ["requirements", "Node.js"],
      ["benefits#", "Beneficios"],
      ["benefits", "Seguro médico"],
    ]);
  });

  it("reads Portuguese headings", () => {
    const body =
      "<h3>Sobre nós</h3><p>Somos uma fintech.</p><h3>Requisitos</h3><ul><li>Experiência com React</li></ul>" +
      "<h3>Diferenciais</h3><ul><li>GraphQL</li></ul><h3>Benefícios</h3><ul><li>Plano de saúde</li></ul>";
    expect(sectionsOf(body)).toEqual([
      ["about#", "Sobre nós"],
      ["about", "Somos uma fintech."],
      ["requirements#", "Requisitos"],
      ["requirements", "Experiência com React"],
      ["nice-to-have#", "Diferenciais"],
      ["nice-to-have", "GraphQL"],
      ["benefits#", "Benefícios"],
      ["benefits", "Plano de saúde"],
    ]);
  });
});

describe("legal boilerplate", () => {
  it("is recognized per paragraph by its phrases, without a heading", () => {
    const body = [
      "## Benefits",
      "*   Health insurance",
      "We are an Equal Opportunity Employer and consider all qualified applicants without regard to national origin.",
      "We do not accept unsolicited resumes from recruitment agencies.",
      "*   Learning budget",
    ].join("\n\n");
    expect(sectionsOf(body)).toEqual([
      ["benefits#", "Benefits"],
      ["benefits", "Health insurance"],
      [
        "legal",
        "We are an Equal Opportunity Employer and consider all qualified applicants without regard to national origin.",
      ],
      ["legal", "We do not accept unsolicited resumes from recruitment agencies."],
      ["benefits", "Learning budget"],
    ]);
  });

  it("is not made of privacy or GDPR skills a role asks for", () => {
    const body = [
      "## Requirements",
      "*   Experience with GDPR and data protection audits",
      "*   A privacy engineering background",
      "## Before you apply",
      "By applying you consent to the processing of your personal data for recruitment.",
    ].join("\n\n");
    expect(sectionsOf(body)).toEqual([
      ["requirements#", "Requirements"],
      ["requirements", "Experience with GDPR and data protection audits"],
      ["requirements", "A privacy engineering background"],
      ["process#", "Before you apply"],
      ["legal", "By applying you consent to the processing of your personal data for recruitment."],
    ]);
  });
});

describe("classifyHeading", () => {
  const cases: Array<[string, Section | null]> = [
    ["Requirements", "requirements"],
    ["What you'll bring", "requirements"],
    ["About you", "requirements"],
    ["You should apply if you:", "requirements"],
    ["About the role", "responsibilities"],
    ["What you'll do", "responsibilities"],
    ["Your mission", "responsibilities"],
    ["About us", "about"],
    ["Our mission", "about"],
    ["Who we are", "about"],
    ["Preferred qualifications", "nice-to-have"],
    ["Bonus points", "nice-to-have"],
    ["It would be great if:", "nice-to-have"],
    ["Salary and bonus", "benefits"],
    ["What's in it for you", "benefits"],
    ["How to apply", "process"],
    ["Our interview process", "process"],
    ["Diversity & Inclusion", "legal"],
    ["Privacy notice", "legal"],
    ["Location", "other"],
    ["Anforderungen", "requirements"],
    ["Profil recherché", "requirements"],
    ["Qué ofrecemos", "benefits"],
    ["Atribuições", "responsibilities"],
    ["Description", null],
    ["Senior Backend Engineer", null],
    ["Upskilling", null],
  ];
  for (const [heading, section] of cases) {
    it(`classifies "${heading}" as ${section}`, () => {
      expect(classifyHeading(heading)).toBe(section);
    });
  }
});

describe("sectionAt", () => {
  const nt = normalizeBody("## Requirements\n\n*   Go\n\n## Benefits\n\n*   Equity");

  it("finds the section of the line an offset falls in", () => {
    expect(nt.text).toBe("Requirements\nGo\nBenefits\nEquity");
    expect(sectionAt(nt, 0)).toBe("requirements");
    expect(sectionAt(nt, nt.text.indexOf("Go"))).toBe("requirements");
    expect(sectionAt(nt, nt.text.indexOf("Equity") + 3)).toBe("benefits");
  });

  it("gives a line break the section of the line before it", () => {
    expect(sectionAt(nt, nt.text.indexOf("\nBenefits"))).toBe("requirements");
  });
});
