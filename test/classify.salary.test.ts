import { describe, expect, it } from "vitest";
import { parseSalary } from "../src/classify/index";

const salary = (text: string, location?: string) =>
  parseSalary({ title: "Backend Engineer", text, ...(location === undefined ? {} : { location }) });

describe("parseSalary: what postings write", () => {
  it("reads k ranges with a symbol", () => {
    expect(salary("Salary: $120k-$150k plus equity.")).toEqual({
      min: 120000,
      max: 150000,
      currency: "USD",
      period: "year",
    });
  });

  it("reads full figures with a code and a period", () => {
    expect(salary("The salary range is 120,000 - 150,000 USD per year.")).toEqual({
      min: 120000,
      max: 150000,
      currency: "USD",
      period: "year",
    });
  });

  it("reads a single figure with dots as thousands separators", () => {
    expect(salary("Salary: EUR 60.000 gross, depending on experience.")).toEqual({
      min: 60000,
      max: 60000,
      currency: "EUR",
      period: "year",
    });
  });

  it("reads pounds", () => {
    expect(salary("Compensation: £45k")).toEqual({
      min: 45000,
      max: 45000,
      currency: "GBP",
      period: "year",
    });
  });

  it("reads space-grouped figures and a monthly net B2B rate", () => {
    expect(salary("Salary: 15 000 - 22 000 PLN net/month (B2B)")).toEqual({
      min: 15000,
      max: 22000,
      currency: "PLN",
      period: "month",
    });
  });

  it("infers a month for figures that are a month's pay in their currency", () => {
    expect(salary("A competitive salary: 11.000 - 15.000 PLN net on a service contract.")).toEqual({
      min: 11000,
      max: 15000,
      currency: "PLN",
      period: "month",
    });
  });

  it("reads hourly rates", () => {
    expect(salary("Pay: $50/hr, paid weekly.")).toEqual({
      min: 50,
      max: 50,
      currency: "USD",
      period: "hour",
    });
    expect(salary("Hourly rate range is USD $45-60 per hour depending on experience.")).toEqual({
      min: 45,
      max: 60,
      currency: "USD",
      period: "hour",
    });
    expect(salary("This is a full-time, remote position and starts at $25/hour.")).toEqual({
      min: 25,
      max: null,
      currency: "USD",
      period: "hour",
    });
  });

  it("reads a day rate", () => {
    expect(salary("Contract length is 3 months, day rate is £500-600 DOE.")).toEqual({
      min: 500,
      max: 600,
      currency: "GBP",
      period: "day",
    });
  });

  it("leaves the minimum empty for 'up to'", () => {
    expect(salary("Competitive salary up to 90k EUR, depending on skills.")).toEqual({
      min: null,
      max: 90000,
      currency: "EUR",
      period: "year",
    });
  });

  it("takes amounts under a pay heading", () => {
    expect(salary("Compensation and benefits\n$99,000-$135,000+\n$10,000 signing bonus")).toEqual({
      min: 99000,
      max: 135000,
      currency: "USD",
      period: "year",
    });
  });

  it("takes the base salary, not the variable pay beside it", () => {
    expect(salary("$113,000-$127,000 USD salary + $18,000 variable + competitive equity")).toEqual({
      min: 113000,
      max: 127000,
      currency: "USD",
      period: "year",
    });
    expect(
      salary(
        "This position pays a base salary of $50,000 annually plus monthly commissions. Annual commissions are targeted at $42,000.",
      ),
    ).toEqual({ min: 50000, max: 50000, currency: "USD", period: "year" });
  });

  it("reads levels offered as alternatives as a range", () => {
    expect(
      salary(
        "We have standardized salaries. For this role, we're hiring at our level 3 ($125,000) or level 4 ($150,000).",
      ),
    ).toEqual({ min: 125000, max: 150000, currency: "USD", period: "year" });
  });

  it("uses another dollar when the line names it", () => {
    expect(salary("Salary: $90,000 - $110,000 CAD per year")).toEqual({
      min: 90000,
      max: 110000,
      currency: "CAD",
      period: "year",
    });
  });

  it("takes the currency of a bare figure from the location", () => {
    expect(
      salary(
        "The salary range for this role is 60K - 80K dependent upon experience.",
        "London, England, United Kingdom",
      ),
    ).toEqual({
      min: 60000,
      max: 80000,
      currency: "GBP",
      period: "year",
    });
  });
});

describe("parseSalary: what is not pay", () => {
  it("returns null when no figure is stated", () => {
    expect(salary("We offer a competitive salary and stock options.")).toBeNull();
    expect(salary("Compensation: equity only during the pre-seed phase.")).toBeNull();
  });

  it("ignores funding, valuation, revenue and customer figures", () => {
    expect(salary("We recently raised $20M in Series B funding led by top investors.")).toBeNull();
    expect(
      salary("With a valuation above $1 billion, we are one of the few fintech unicorns."),
    ).toBeNull();
    expect(salary("Revenue is over $10MM ARR, growing 100% year over year.")).toBeNull();
    expect(salary("We serve 120k+ companies and process 100k API requests / hour.")).toBeNull();
  });

  it("ignores budgets, stipends, allowances and referral rewards", () => {
    expect(salary("A budget of $3,500 per year for professional development")).toBeNull();
    expect(salary("Home office stipend - Up to $2,000 USD to set up your desk")).toBeNull();
    expect(salary("Wellness allowance - Up to $200 USD per month for gym or massage")).toBeNull();
    expect(salary("Recommend a friend and earn 700 EUR!")).toBeNull();
    expect(salary("$800 USD for home-office set up")).toBeNull();
  });

  it("ignores retirement plans and years", () => {
    expect(salary("Benefits: 401k with 4% match, paid since 2015.")).toBeNull();
    expect(salary("Salary reviews happen every year in 2021 and beyond.")).toBeNull();
  });

  it("ignores sales figures and prices", () => {
    expect(salary("You know how to sell at the $50k-$100k price point.")).toBeNull();
    expect(salary("You have sold something for more than $50,000 before.")).toBeNull();
  });

  it("ignores pay per piece of work", () => {
    expect(salary("Pay is $40 per post edited.")).toBeNull();
  });
});
