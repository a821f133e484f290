import { describe, expect, it } from "vitest";
import { detectEmploymentType } from "../src/classify/index";

const type = (title: string, text = "") => detectEmploymentType({ title, text });

describe("detectEmploymentType", () => {
  it("takes the type the title names", () => {
    expect(type("Freelance Translator")).toBe("contract");
    expect(type("SEO Content Manager - 6 Month Contract")).toBe("contract");
    expect(type("QA Internship")).toBe("internship");
    expect(type("Part-time Bookkeeper")).toBe("part-time");
    expect(type("UX/UI Designer (20-40%)")).toBe("part-time");
    expect(type("Backend Engineer (Full-time)")).toBe("full-time");
  });

  it("does not read the business domain in a title as a contract", () => {
    expect(type("Senior B2B Communications Manager")).toBe("unspecified");
  });

  it("reads statements about the position in the body", () => {
    expect(type("Backend Engineer", "Job type: Full-time\nLocation: Remote")).toBe("full-time");
    expect(type("Mobile Developer", "This is a full-time, home-based position.")).toBe("full-time");
    expect(type("Designer", "We are looking for a full time designer to join us.")).toBe(
      "full-time",
    );
    expect(type("Front-End Developer", "This is a contract position, hours are flexible.")).toBe(
      "contract",
    );
    expect(
      type(
        "Cloud Engineer",
        "As an independent contractor, you will be responsible for your own taxes.",
      ),
    ).toBe("contract");
    expect(type("Product Designer", "11.000 - 15.000 PLN net on a service contract (B2B).")).toBe(
      "contract",
    );
    expect(type("Consultant", "Start Date: 6 months\nDuration: Beginning March")).toBe("contract");
    expect(
      type("Recruiter", "Are you available 3 days a week? Then this is the job for you!"),
    ).toBe("part-time");
    expect(type("Editor", "We expect the editor to work 10-15 hours per week.")).toBe("part-time");
    expect(type("Analyst", "This is a paid internship for students.")).toBe("internship");
    expect(type("Data Engineer", "Please note that you will be working as contractor.")).toBe(
      "contract",
    );
  });

  it("ignores full-time and part-time mentions about other people", () => {
    expect(type("Operations Associate", "Keep our part-time mentors engaged and happy.")).toBe(
      "unspecified",
    );
    expect(
      type(
        "WordPress Developer",
        "Health, Dental and Vision Insurance for full-time U.S. employees.",
      ),
    ).toBe("unspecified");
    expect(type("Product Engineer", "We offer great benefits to our full-time team members.")).toBe(
      "unspecified",
    );
    expect(
      type("Account Executive", "Many of us work from home, either full-time or partially."),
    ).toBe("unspecified");
    expect(type("SRE", "No one is stuck working on the legacy systems full time.")).toBe(
      "unspecified",
    );
  });

  it("ignores contracts that are not this job's terms", () => {
    expect(type("Account Executive", "Run contract negotiations with your prospects.")).toBe(
      "unspecified",
    );
    expect(type("Coordinator", "Monitor the quality of external contractors' copywriting.")).toBe(
      "unspecified",
    );
    expect(
      type("Unity Developer", "Worked before as a contract, part-time or freelance developer."),
    ).toBe("unspecified");
  });

  it("leaves the type unspecified when a permanent and a freelance arrangement are both offered", () => {
    expect(
      type(
        "Software Engineer",
        "A permanent contract in Belgium, or a long term freelance collaboration anywhere in Europe.",
      ),
    ).toBe("unspecified");
  });

  it("says unspecified when nothing is stated", () => {
    expect(type("Backend Engineer", "You will build our APIs in Go.")).toBe("unspecified");
  });
});
