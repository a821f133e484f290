import { describe, expect, it } from "vitest";
import { classifyRole, roleFromTitle } from "../src/classify/index";
import type { Area } from "../src/schema/enums";

const role = (title: string, text = "", areas?: Array<{ area: Area; score: number }>) => {
  const result = classifyRole({ title, text, ...(areas ? { areas } : {}) });
  return `${result.jobType}/${result.category}`;
};

describe("classifyRole: title rules", () => {
  it("classifies engineering titles", () => {
    expect(role("Senior Backend Engineer")).toBe("software/engineering");
    expect(role("Full-stack PHP Developer")).toBe("software/engineering");
    expect(role("iOS Developer")).toBe("software/engineering");
    expect(role(".NET Backend developer")).toBe("software/engineering");
    expect(role("Lead Character Technical Artist")).toBe("software/engineering");
  });

  it("separates the engineering specialities", () => {
    expect(role("QA Engineer")).toBe("software/qa");
    expect(role("Software Development Engineer in Test")).toBe("software/qa");
    expect(role("Site Reliability Engineer")).toBe("software/devops-sre");
    expect(role("Senior DevOps Engineer")).toBe("software/devops-sre");
    expect(role("Platform Engineer")).toBe("software/devops-sre");
    expect(role("Senior Backend Platform Engineer")).toBe("software/engineering");
    expect(role("Senior IT Engineer")).toBe("software/devops-sre");
    expect(role("Application Security Engineer")).toBe("software/security");
    expect(role("Ruby Engineer (Security)")).toBe("software/security");
    expect(role("Data Engineer")).toBe("software/data-ml");
    expect(role("Senior Machine Learning Engineer")).toBe("software/data-ml");
  });

  it("classifies data analysis as data-ml but not software", () => {
    expect(role("Data Analyst")).toBe("other/data-ml");
    expect(role("Senior Product Data Analyst")).toBe("other/data-ml");
    expect(role("BI Consultant")).toBe("other/data-ml");
  });

  it("reads the head noun: a sales engineer sells, a programme manager runs programmes", () => {
    expect(role("Solutions Engineer")).toBe("other/sales");
    expect(role("Pre-Sales Consultant")).toBe("other/sales");
    expect(role("Security Programme Manager")).toBe("other/project-management");
    expect(role("Product Security Engineer")).toBe("software/security");
    expect(role("Product Designer")).toBe("other/design");
    expect(role("Product Marketing Manager")).toBe("other/marketing");
    expect(role("Director of Product Design")).toBe("other/design");
    expect(role("Customer Support Engineer")).toBe("other/customer-support");
  });

  it("classifies business titles", () => {
    expect(role("Account Executive")).toBe("other/sales");
    expect(role("Business Development Manager")).toBe("other/sales");
    expect(role("Customer Success Manager")).toBe("other/customer-support");
    expect(role("Recruiter")).toBe("other/hr-recruiting");
    expect(role("People Generalist")).toBe("other/hr-recruiting");
    expect(role("Technical Writer")).toBe("other/writing-content");
    expect(role("SEO Content Manager")).toBe("other/writing-content");
    expect(role("Performance Marketing Manager")).toBe("other/marketing");
    expect(role("Senior Product Manager")).toBe("other/product");
    expect(role("Scrum Master")).toBe("other/project-management");
    expect(role("Associate General Counsel")).toBe("other/finance-legal");
    expect(role("Staff Accountant")).toBe("other/finance-legal");
    expect(role("Executive Assistant")).toBe("other/operations-admin");
    expect(role("Software Engineering Mentor")).toBe("other/education");
  });

  it("names the rule that decided", () => {
    expect(roleFromTitle("Senior Sales Engineer")?.rule).toBe("sales-engineering");
    expect(roleFromTitle("Gardener")).toBeNull();
  });
});

describe("classifyRole: roles judged by the body", () => {
  const codingManager =
    "You will stay hands-on: writing code, doing code reviews and pairing with the team. Our codebase is TypeScript. You will also do 1:1s.";
  const peopleManager =
    "You will grow the team through hiring, interviewing, mentoring and coaching, run 1:1s and performance reviews, and align stakeholders.";

  it("makes an engineering manager a software job only when the work is hands-on", () => {
    expect(role("Engineering Manager", codingManager)).toBe("software/engineering");
    expect(role("Engineering Manager", peopleManager)).toBe("other/engineering");
  });

  it("makes a developer advocate a software job only when the work is mainly coding", () => {
    const outreach =
      "Write blog posts and tutorials, speak at conferences and meetups, grow our community and create video content.";
    expect(role("Developer Advocate", outreach)).toBe("other/writing-content");
    expect(
      role(
        "Developer Advocate",
        "Most of your week is coding: writing code for SDKs, debugging, code reviews and pull requests.",
      ),
    ).toBe("software/writing-content");
  });
});

describe("classifyRole: areas when the title is unclear", () => {
  it("refines a generic engineering title by a clear area", () => {
    expect(
      role("Senior Software Engineer", "", [
        { area: "qa", score: 6 },
        { area: "backend", score: 2 },
      ]),
    ).toBe("software/qa");
    expect(
      role("Senior Software Engineer", "", [
        { area: "backend", score: 6 },
        { area: "qa", score: 2 },
      ]),
    ).toBe("software/engineering");
  });

  it("uses the areas when no title rule matches", () => {
    expect(
      role("Ninja", "", [
        { area: "sales", score: 5 },
        { area: "marketing", score: 1 },
      ]),
    ).toBe("other/sales");
    expect(role("Ninja", "", [{ area: "devops", score: 5 }])).toBe("software/devops-sre");
  });

  it("falls back to the body's vocabulary", () => {
    expect(
      role(
        "Ninja",
        "You will own our sales pipeline, close deals, hit your quota and grow revenue with partners.",
      ),
    ).toBe("other/sales");
  });
});

describe("classifyRole: confidence", () => {
  it("is high for a clear title rule and lower when only signals decide", () => {
    const clear = classifyRole({ title: "Account Executive", text: "" });
    const fromAreas = classifyRole({
      title: "Ninja",
      text: "",
      areas: [
        { area: "sales", score: 3 },
        { area: "marketing", score: 2 },
      ],
    });
    const fromBody = classifyRole({
      title: "Ninja",
      text: "You will close deals and grow revenue and pipeline.",
    });
    expect(clear.confidence.category).toBeGreaterThanOrEqual(0.85);
    expect(fromAreas.confidence.category).toBeLessThan(clear.confidence.category);
    expect(fromBody.confidence.category).toBeLessThan(fromAreas.confidence.category);
    for (const value of [clear, fromAreas, fromBody].flatMap((r) => [
      r.confidence.jobType,
      r.confidence.category,
    ])) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it("drops when the technologies disagree with the title", () => {
    const agreeing = classifyRole({
      title: "Account Executive",
      text: "",
      tags: [{ hashtag: "#salesforce", score: 3, software: 0.1 }],
    });
    const disagreeing = classifyRole({
      title: "Account Executive",
      text: "",
      tags: [
        { hashtag: "#golang", score: 5, software: 0.95 },
        { hashtag: "#kubernetes", score: 4, software: 0.95 },
      ],
    });
    expect(disagreeing.jobType).toBe("other");
    expect(disagreeing.confidence.jobType).toBeLessThan(agreeing.confidence.jobType);
  });
});

describe("roleFromTitle: the head of the title decides first", () => {
  it("reads the role before a dash, not the team after it", () => {
    expect(roleFromTitle("Senior Java Engineer - Payments Core")?.category).toBe("engineering");
    expect(roleFromTitle("Payments Operations Analyst")?.category).toBe("finance-legal");
  });

  it("falls back to the whole title when the head names no role", () => {
    expect(roleFromTitle("Remote - Senior Accountant")?.category).toBe("finance-legal");
  });
});
