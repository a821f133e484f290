import { describe, expect, it } from "vitest";
import {
  detectRemote,
  isOnlyRegions,
  regionsForUtcRange,
  regionsNamedIn,
} from "../src/classify/index";

const remote = (title: string, text = "", location?: string) =>
  detectRemote({ title, text, ...(location === undefined ? {} : { location }) });

describe("detectRemote: policy", () => {
  it("takes the policy the title or location states", () => {
    expect(remote("Backend Engineer (Remote)").remote).toBe("remote");
    expect(remote("Backend Engineer", "", "London, GB - Remote OK").remote).toBe("remote");
    expect(remote("Backend Engineer", "", "Anywhere").remote).toBe("remote");
    expect(remote("Designer", "", "Berlin (Hybrid)").remote).toBe("hybrid");
    expect(remote("Nurse Recruiter", "", "On-site, Austin TX").remote).toBe("onsite");
  });

  it("reads the body when the headline says nothing", () => {
    expect(remote("Engineer", "This is a fully remote position.").remote).toBe("remote");
    expect(remote("Engineer", "You can work from anywhere in the world.").remote).toBe("remote");
    expect(
      remote("Engineer", "This is a hybrid role with two days a week in the office.").remote,
    ).toBe("hybrid");
    expect(
      remote("Engineer", "We offer flexible working hours and remote working flexibility.").remote,
    ).toBe("hybrid");
    expect(
      remote("Engineer", "This is not a remote position; you must work from our Munich office.")
        .remote,
    ).toBe("onsite");
  });

  it("lets a statement that the job is remote beat a hybrid arrangement elsewhere", () => {
    expect(
      remote(
        "Engineer",
        "This is a remote role.\nOur Berlin staff follow a hybrid model with office days.",
      ).remote,
    ).toBe("remote");
  });

  it("does not take remote controls or remote access for remote work", () => {
    expect(
      remote("Embedded Engineer", "You will build remote control firmware for drones.").remote,
    ).toBe("unspecified");
  });

  it("says unspecified when nothing is stated", () => {
    expect(remote("Accountant", "You will close the books every month.").remote).toBe(
      "unspecified",
    );
  });
});

describe("detectRemote: regions", () => {
  it("reads regions from a location made of region names", () => {
    expect(remote("Engineer", "", "Remote EMEA").regions).toEqual(["EMEA"]);
    expect(remote("Engineer", "", "Remote, United States").regions).toEqual(["US"]);
    expect(remote("Engineer", "", "Remote Worldwide").regions).toEqual(["Worldwide"]);
    expect(remote("Engineer", "", "Anywhere").regions).toEqual(["Worldwide"]);
  });

  it("reads a region labelled in the title", () => {
    expect(remote("Backend Engineer (Remote - EU)").regions).toEqual(["EU"]);
    expect(remote("Backend Engineer - Remote (US only)").regions).toEqual(["US"]);
    expect(remote("Remote Engineer").regions).toEqual([]);
  });

  it("does not take an office city for a region", () => {
    expect(remote("Engineer", "", "London, GB - Remote OK").regions).toEqual([]);
    expect(remote("Engineer", "", "Berlin, Berlin, Germany").regions).toEqual([]);
  });

  it("reads statements limiting where candidates may live", () => {
    expect(remote("Engineer", "Remote (US only).").regions).toEqual(["US"]);
    expect(
      remote("Engineer", "Please note, we are only accepting EU-based applicants at this time.")
        .regions,
    ).toEqual(["EU"]);
    expect(
      remote(
        "Engineer",
        "This is a remote role and is open to candidates based in the United States, Canada, or Mexico.",
      ).regions,
    ).toEqual(["US", "Canada", "Mexico"]);
    expect(
      remote(
        "Engineer",
        "The candidate must be based in the EU as they will work with the UK and US teams.",
      ).regions,
    ).toEqual(["EU"]);
  });

  it("reads required time zones", () => {
    expect(remote("Engineer", "Preferred time zone: CET +/- 3 hours").regions).toEqual(["Europe"]);
    expect(
      remote("Engineer", "Remote, but you must be located between UTC-1 and UTC+3.").regions,
    ).toEqual(["Europe"]);
    expect(remote("Engineer", "You must be available to work 9am - 5pm EST.").regions).toEqual([
      "North America",
    ]);
    expect(remote("Engineer", "You live in a time zone between GMT-8 and GMT+2.").regions).toEqual([
      "Americas",
      "Europe",
    ]);
  });

  it("ignores countries named for benefits or legal checks", () => {
    expect(remote("Engineer", "401k with 1% match (currently US only)").regions).toEqual([]);
    expect(
      remote(
        "Engineer",
        "We take part in E-Verify and confirm work authorization for candidates residing in the United States.",
      ).regions,
    ).toEqual([]);
    expect(
      remote("Engineer", "If you are based in the US, our health insurance covers your family.")
        .regions,
    ).toEqual([]);
  });

  it("lets a specific region override Worldwide", () => {
    expect(remote("Engineer", "Work from anywhere in Europe.", "Anywhere").regions).toEqual([
      "Europe",
    ]);
  });
});

describe("region vocabulary", () => {
  it("normalizes names and abbreviations, and not the pronoun us", () => {
    expect(regionsNamedIn("the United Kingdom, Deutschland and the U.S.")).toEqual([
      "UK",
      "Germany",
      "US",
    ]);
    expect(regionsNamedIn("join us in building tools")).toEqual([]);
    expect(regionsNamedIn("LATAM or APAC")).toEqual(["LATAM", "APAC"]);
  });

  it("tells a region list from a city", () => {
    expect(isOnlyRegions(" EMEA ")).toBe(true);
    expect(isOnlyRegions("Germany / Poland")).toBe(true);
    expect(isOnlyRegions("London, GB")).toBe(false);
  });

  it("maps UTC offsets to regions", () => {
    expect(regionsForUtcRange(-1, 3)).toEqual(["Europe"]);
    expect(regionsForUtcRange(-8, -5)).toEqual(["North America"]);
    expect(regionsForUtcRange(0, 8)).toEqual(["Europe", "APAC"]);
  });
});

describe("detectRemote: hybrid and on-site statements in the body", () => {
  it("reads a labelled hybrid line or a hybrid headline field", () => {
    expect(
      remote("Gameplay Programmer", "Hybrid: we meet in the studio Tuesday to Thursday.").remote,
    ).toBe("hybrid");
    expect(
      remote("Gameplay Programmer", "Northwind Games – Lyon – Hybrid – Full-time").remote,
    ).toBe("hybrid");
    expect(
      remote("Cloud Architect", "You will design hybrid cloud deployments for banks.").remote,
    ).toBe("unspecified");
  });

  it("reads office days with home days as hybrid", () => {
    expect(
      remote(
        "Developer",
        "Mostly onsite: we work from our office four days a week, with Fridays from home.",
      ).remote,
    ).toBe("hybrid");
    expect(
      remote("Developer", "Our office is open five days a week for anyone who likes it.").remote,
    ).toBe("unspecified");
  });

  it("reads a role that is on site", () => {
    expect(
      remote("Account Executive", "This role is onsite at our Austin headquarters.").remote,
    ).toBe("onsite");
    expect(
      remote("Account Executive", "Our onsite events team plans the yearly offsite.").remote,
    ).toBe("unspecified");
  });
});
