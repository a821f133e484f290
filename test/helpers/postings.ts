/** Postings written for the tests (not taken from any real job board). */
export const POSTINGS = [
  {
    id: "backend-go-tidewell",
    title: "Backend Engineer",
    companyName: "Tidewell Freight",
    body: "We build our platform in Go and Rust on Kubernetes.",
  },
  {
    id: "frontend-react-lumenfold",
    title: "Senior Frontend Engineer",
    companyName: "Lumenfold",
    location: "Remote, Europe",
    body: "## What you will do\n\nBuild our editor in React and TypeScript.\n\n## Requirements\n\n- 4+ years of experience with React\n- Testing with Jest and Playwright\n",
  },
  {
    id: "data-engineer-cartwell",
    title: "Data Engineer",
    companyName: "Cartwell",
    body: "<p>Build batch pipelines with Apache Airflow and Spark, model data in dbt and Snowflake. Strong SQL and Python.</p>",
  },
  {
    id: "account-executive-mossgrove",
    title: "Account Executive, Mid-Market",
    companyName: "Mossgrove",
    body: "You will own the full sales cycle for mid-market customers and keep Salesforce up to date. Full-time, remote in the US, base salary $70,000 - $85,000.",
  },
  {
    id: "qa-automation-quillstack",
    title: "QA Automation Engineer (Contract)",
    companyName: "Quillstack",
    body: "Write end-to-end tests in Cypress and API tests in Postman. 2+ years in QA automation. This is a 6-month contract.",
  },
] as const;

export function postingsJsonl(postings: readonly object[] = POSTINGS): string {
  return postings.map((posting) => `${JSON.stringify(posting)}\n`).join("");
}
