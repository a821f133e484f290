import { describe, expect, it } from "vitest";
import { detectSeniority } from "../src/classify/index";

const level = (title: string, text = "") => detectSeniority({ title, text });

describe("detectSeniority from the title", () => {
  it("reads the plain level words", () => {
    expect(level("Senior Backend Engineer")).toBe("senior");
    expect(level("Junior Data Analyst")).toBe("junior");
    expect(level("Mid-level PHP Developer")).toBe("mid");
    expect(level("Lead Mobile Developer")).toBe("lead");
    expect(level("Principal Frontend Engineer")).toBe("principal");
    expect(level("Marketing Intern")).toBe("intern");
    expect(level("Summer Internship - Data Team")).toBe("intern");
  });

  it("reads abbreviations", () => {
    expect(level("Sr. Infrastructure Engineer")).toBe("senior");
    expect(level("Sr Product Designer")).toBe("senior");
    expect(level("Jr. QA Tester")).toBe("junior");
  });

  it("maps Staff to lead only for engineering-type roles", () => {
    expect(level("Staff Software Engineer")).toBe("lead");
    expect(level("Staff Engineer, Payments")).toBe("lead");
    expect(level("Staff Accountant")).toBe("unspecified");
  });

  it("maps Head of, VP and Chief to director and executive", () => {
    expect(level("Head of Growth Marketing")).toBe("director");
    expect(level("Director of Product")).toBe("director");
    expect(level("VP of Sales")).toBe("executive");
    expect(level("Vice President, Engineering")).toBe("executive");
    expect(level("Chief Technology Officer")).toBe("executive");
    expect(level("CTO (part-time)")).toBe("executive");
  });

  it("lets a role level outrank a modifier: Senior Engineering Manager is a manager", () => {
    expect(level("Senior Engineering Manager")).toBe("manager");
    expect(level("Engineering Manager - Payments")).toBe("manager");
    expect(level("Associate Director of Engineering")).toBe("director");
    expect(level("Senior Communications Director")).toBe("director");
  });

  it("treats product, project and program manager as job names, not levels", () => {
    expect(level("Product Manager")).toBe("unspecified");
    expect(level("Technical Program Manager")).toBe("unspecified");
    expect(level("Project Manager (Agency)")).toBe("unspecified");
    expect(level("Senior Product Manager")).toBe("senior");
    expect(level("Customer Success Manager")).toBe("unspecified");
  });

  it("counts a plain Manager only when no modifier is present", () => {
    expect(level("Performance Marketing Manager")).toBe("manager");
    expect(level("Manager, Partner Marketing")).toBe("manager");
    expect(level("Senior Advertising Manager")).toBe("senior");
    expect(level("Product Marketing Manager")).toBe("manager");
  });

  it("takes the first level named when a title offers two", () => {
    expect(level("Junior/Middle Python Developer")).toBe("junior");
    expect(level("Mid / Senior Unity Developer")).toBe("mid");
    expect(level("Lead/Principal Data Engineer")).toBe("lead");
    expect(level("Senior/Lead 3D Animator")).toBe("senior");
  });

  it("does not read levels into words that only contain them", () => {
    expect(level("Internal Tools Developer")).toBe("unspecified");
    expect(level("Lead Generation Specialist")).toBe("unspecified");
    expect(level("Mid Market Account Executive")).toBe("unspecified");
    expect(level("Account Executive")).toBe("unspecified");
    expect(level("Executive Assistant")).toBe("unspecified");
  });
});

describe("detectSeniority from the body", () => {
  it("takes a level the body states for the hire", () => {
    expect(
      level("Backend Engineer", "We are hiring a senior engineer to own our billing service."),
    ).toBe("senior");
    expect(level("Product Owner", "This is a senior leadership role reporting to the CEO.")).toBe(
      "senior",
    );
    expect(level("Fullstack Engineer", "Experience level: Senior, Lead")).toBe("senior");
    expect(
      level(
        "Software Engineer",
        "Join our team as a Software Engineer (Intermediate – Senior level).",
      ),
    ).toBe("mid");
    expect(
      level("Data Engineer", "We're looking for a Junior Data Engineer to grow with us."),
    ).toBe("junior");
  });

  it("ignores levels that describe other people", () => {
    expect(level("Backend Engineer", "Join a team of highly skilled and senior engineers.")).toBe(
      "unspecified",
    );
    expect(
      level("Designer", "You will work closely with senior stakeholders and the lead designer."),
    ).toBe("unspecified");
    expect(level("Product Owner", "We are looking for senior leadership experience in SaaS.")).toBe(
      "unspecified",
    );
  });

  it("ignores a level the posting denies or uses for past work", () => {
    expect(
      level("Product Manager", "Don't think this is a junior role: you will own the roadmap."),
    ).toBe("unspecified");
    expect(
      level("Security Engineer", "Experience working as a senior part of an incident team."),
    ).toBe("unspecified");
  });

  it("does not make years of experience a level", () => {
    expect(level("Backend Engineer", "You have 5+ years of experience with Go.")).toBe(
      "unspecified",
    );
  });

  it("lets the title win over the body", () => {
    expect(level("Junior Developer", "We are hiring a senior engineer as your mentor.")).toBe(
      "junior",
    );
  });
});
