import { describe, expect, it } from "vitest";
import { cleanRole } from "../src/summarize/role";

describe("cleanRole", () => {
  it("drops remote and location markers", () => {
    expect(cleanRole("Senior Backend Engineer (Remote - EU)")).toBe("senior backend engineer");
    expect(cleanRole("QA Engineer - 100% remote")).toBe("QA engineer");
    expect(cleanRole("UI/UX Designer | Anywhere")).toBe("UI/UX designer");
    expect(cleanRole("Remote Data Engineer")).toBe("data engineer");
    expect(cleanRole("Sales Solutions Engineer, EMEA")).toBe("sales solutions engineer");
    expect(cleanRole("Frontend Developer - Remote (US time zones)")).toBe("frontend developer");
  });

  it("keeps 'remote' when it is part of the job", () => {
    expect(cleanRole("Remote Sensing Scientist")).toBe("remote sensing scientist");
  });

  it("drops gender markers, requisition numbers, pay and emoji", () => {
    expect(cleanRole("Senior DevOps Engineer (m/f/d)")).toBe("senior DevOps engineer");
    expect(cleanRole("Product Designer m/w/d")).toBe("product designer");
    expect(cleanRole("Senior .NET Developer (f/m/x) #12345")).toBe("senior .NET developer");
    expect(cleanRole("Senior AWS Cloud Engineer - Req ID: R-10234")).toBe(
      "senior AWS cloud engineer",
    );
    expect(cleanRole("Staff SRE, Remote (US only) - $180k-$220k")).toBe("staff SRE");
    expect(cleanRole("Node.js Developer 🚀")).toBe("Node.js developer");
  });

  it("removes the company name and what introduces it", () => {
    expect(cleanRole("Senior Python Engineer at Acme Inc.", "Acme Inc.")).toBe(
      "senior Python engineer",
    );
    expect(cleanRole("Acme - Senior Python Engineer", "Acme Inc.")).toBe("senior Python engineer");
    expect(cleanRole("Brand Designer @ StreamYard", "Hopin")).toBe("brand designer");
    expect(cleanRole("Netlify - Senior Frontend Engineer", "Current Job Openings at Netlify")).toBe(
      "senior frontend engineer",
    );
  });

  it("writes out abbreviated levels and keeps the seniority word", () => {
    expect(cleanRole("Sr. iOS Developer")).toBe("senior iOS developer");
    expect(cleanRole("Jr. PHP Developer - Berlin")).toBe("junior PHP developer");
    expect(cleanRole("Lead Frontend Engineer")).toBe("lead frontend engineer");
  });

  it("keeps the case of acronyms and names, lower-cases the rest", () => {
    expect(cleanRole("Senior Java Developer")).toBe("senior Java developer");
    expect(cleanRole("React Native Developer (Contract)")).toBe("React Native developer");
    expect(cleanRole("Go Developer")).toBe("Go developer");
    expect(cleanRole("Go-To-Market Manager")).toBe("go-to-market manager");
    expect(cleanRole("Senior E-Commerce Marketing Manager")).toBe(
      "senior e-commerce marketing manager",
    );
    expect(cleanRole("SENIOR JAVA DEVELOPER")).toBe("senior Java developer");
  });

  it("turns a comma-led job name into prose", () => {
    expect(cleanRole("Manager, Partner Marketing")).toBe("partner marketing manager");
    expect(cleanRole("Director, Cloud Partnerships")).toBe("director of cloud partnerships");
    expect(cleanRole("Lead, Public Sector Solutions Engineer")).toBe(
      "lead public sector solutions engineer",
    );
    expect(cleanRole("Senior Engineer, Platform")).toBe("senior engineer, platform");
  });

  it("moves a bracketed specialty before the head noun and drops other brackets", () => {
    expect(cleanRole("Ruby Engineer (Security)")).toBe("Ruby security engineer");
    expect(cleanRole("Software Engineer (Backend)")).toBe("backend software engineer");
    expect(cleanRole("Marketing Manager (SaaS)")).toBe("marketing manager");
  });

  it("returns an empty role when the title holds nothing but markers", () => {
    expect(cleanRole("Remote (m/f/d)")).toBe("");
  });
});
