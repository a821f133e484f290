import { describe, expect, it } from "vitest";
import { mentionsOf } from "../src/dictionary/index";

/** Concept ids found in a sentence. */
function idsIn(text: string): string[] {
  return mentionsOf(text).map((mention) => mention.id);
}

/**
 * Each case names a concept and sentences in both senses: `yes` must mention it, `no` must not.
 * The sentences are written for these tests; none is taken from a posting.
 */
interface Case {
  id: string;
  yes: string[];
  no: string[];
}

const cases: Case[] = [
  // Infrastructure words that are also English words
  {
    id: "chef",
    yes: [
      "Configuration management with Chef and Terraform is part of the job.",
      "You have written Chef cookbooks for a fleet of Linux hosts.",
      "Tools we like: Ansible, Chef, Puppet",
    ],
    no: [
      "Our chef cooks lunch for the whole office every Friday.",
      "She trained as a pastry chef in Lyon before joining us.",
      "Imagine a chef that checks every plate before it leaves the kitchen.",
    ],
  },
  {
    id: "puppet",
    yes: ["Experience with Puppet or Ansible at scale", "We manage servers with Puppet manifests."],
    no: [
      "The kids loved the puppet show at our summer party.",
      "It was a Puppet government in all but name.",
    ],
  },
  {
    id: "saltstack",
    yes: ["Provisioning with Salt, Ansible and Terraform", "Experience with SaltStack"],
    no: ["Our office is in Salt Lake City.", "Take the advice with a grain of salt."],
  },
  {
    id: "helm",
    yes: ["Deploy services to Kubernetes with Helm.", "You have written Helm charts before."],
    no: ["You will be at the Helm of our data team.", "Take the helm of a growing company."],
  },
  {
    id: "consul",
    yes: ["Service discovery runs on Consul and Nomad.", "Experience with HashiCorp Consul"],
    no: [
      "The event was opened by the British Consul in Milan.",
      "He served as Consul general for ten years.",
    ],
  },
  {
    id: "vault",
    yes: ["Secrets are kept in HashiCorp Vault.", "Experience with Vault and Consul is a plus."],
    no: ["The documents sit in a bank Vault.", "Our blog is a Vault of stories from customers."],
  },
  {
    id: "nomad",
    yes: ["Container orchestration: Kubernetes, Nomad or ECS", "Experience with Nomad is a plus."],
    no: [
      "Many of us live a digital Nomad lifestyle.",
      "We work with brands like Nomad Goods and others.",
    ],
  },
  {
    id: "prometheus",
    yes: ["Metrics are collected with Prometheus and shown in Grafana."],
    no: ["We bring fire to the finance team, Prometheus-style."],
  },
  {
    id: "sentry",
    yes: ["Front-end errors are reported to Sentry.", "Monitoring: Sentry, Datadog"],
    no: ["He stood as a Sentry at the gate.", "She pulled sentry duty all night."],
  },
  {
    id: "windows",
    yes: ["You will administer Windows and Linux servers.", "Experience with Windows Server"],
    no: [
      "Releases go out during agreed maintenance windows.",
      "Laptop of your choice, Mac or Windows.",
      "We agree on Testing Windows with each client.",
    ],
  },
  {
    id: "macos",
    yes: ["You will build our native Mac app in Swift.", "We support macOS, Windows and Linux."],
    no: ["Laptop assigned, Mac or Windows", "Every hire gets a new MacBook Pro."],
  },
  {
    id: "linux",
    yes: ["You run Linux servers in production."],
    no: ["Perks: a top of the line MacBook or Linux machine."],
  },
  {
    id: "apache",
    yes: ["Apache and Nginx web servers", "Apache httpd configuration"],
    no: [
      "The project is licensed under the Apache License 2.0.",
      "Our stack runs on Apache Spark.",
    ],
  },
  {
    id: "travisci",
    yes: ["CI runs on Travis or CircleCI.", "Experience with Travis CI"],
    no: ["She listens to Travis Scott while coding."],
  },
  {
    id: "passenger",
    yes: ["Our Rails apps run behind Nginx and Passenger."],
    no: ["We build software for passenger cars and buses."],
  },
  // Cloud services named by common words
  {
    id: "awslambda",
    yes: [
      "Serverless functions on AWS Lambda",
      "AWS - Lambda / S3 / DynamoDB",
      "We deploy Lambda functions with Terraform.",
      "Our stack: Lambdas, SQS and DynamoDB on AWS",
    ],
    no: ["Write a Lambda expression in Java.", "A course in Lambda calculus helps."],
  },
  {
    id: "awsglue",
    yes: ["ETL jobs run in AWS Glue.", "Our AWS data lake uses Glue and Athena."],
    no: ["Product management is the Glue between teams."],
  },
  {
    id: "athena",
    yes: ["We query the data lake with Athena.", "Amazon Athena"],
    no: ["Athena, the goddess of wisdom, gave her name to our meeting room."],
  },
  {
    id: "aurora",
    yes: ["Data lives in Amazon Aurora.", "Aurora Serverless keeps our costs down."],
    no: ["The team retreat was timed to see the Aurora borealis."],
  },
  {
    id: "emr",
    yes: ["Data warehousing tools (EMR, Athena, Redshift)", "Spark jobs on EMR"],
    no: [
      "Integrate with the EMR systems of our partner hospitals.",
      "Experience with electronic medical records (EMR)",
    ],
  },
  {
    id: "ecs",
    yes: ["Services run on AWS ECS with Fargate.", "We deploy to ECS and EKS."],
    no: ["Our Unity game uses an ECS architecture."],
  },
  // Work tools that are also English words or perks
  {
    id: "slack",
    yes: ["We communicate on Slack and GitHub.", "Build Slack integrations for our users."],
    no: [
      "Join our Slack community of 5,000 makers.",
      "Cut each other some slack when things break.",
      "We are backed by Slack Fund and Accel.",
    ],
  },
  {
    id: "microsoftteams",
    yes: ["We use Slack, Teams and Zoom.", "Meetings happen on Microsoft Teams."],
    no: ["Work closely with the Product and Design Teams.", "Our Teams are spread across Europe."],
  },
  {
    id: "zoom",
    yes: ["Corporate IT systems such as G Suite, Zoom and Okta", "We meet over Zoom."],
    no: [
      "Zoom in on the details that matter.",
      "Market leaders like IBM, Cisco and Zoom rely on our product.",
      "Monthly Zoom happy hours with the team",
    ],
  },
  {
    id: "notion",
    yes: ["Documentation lives in Notion.", "Tools: Slack, Notion, Figma"],
    no: ["Notion of ownership is key to our culture.", "We are backed by Notion Capital."],
  },
  {
    id: "asana",
    yes: ["Track your tasks in Asana.", "Project management tools such as Asana"],
    no: ["Hold each asana for five breaths.", "Our yoga teacher explains every Asana."],
  },
  {
    id: "linear",
    yes: ["Issues are tracked in Linear.", "Tools like Linear, Notion and Figma"],
    no: [
      "A solid grasp of Linear Algebra is required.",
      "Revenue shows Linear growth.",
      "linear regression",
    ],
  },
  {
    id: "confluence",
    yes: ["Write specs in Confluence.", "Experience with Jira and Confluence"],
    no: ["A Confluence of talent and timing made this possible."],
  },
  {
    id: "mondaycom",
    yes: ["Project management tools such as Monday", "We plan work in monday.com."],
    no: [
      "Every Monday we meet for a demo.",
      "Available Monday through Friday, 9 to 5.",
      "Apply by Monday, January 11.",
    ],
  },
  {
    id: "basecamp",
    yes: ["Projects are organized in Basecamp."],
    no: ["We work in cycles, as in the book Shape Up by Basecamp."],
  },
  {
    id: "loom",
    yes: ["Record async updates with Loom videos.", "Tools: Slack, Loom, Notion"],
    no: [
      "Deadlines Loom large at the end of a quarter.",
      "About Loom: Loom is on a mission to help people.",
    ],
  },
  {
    id: "github",
    yes: ["Code reviews happen on GitHub."],
    no: [
      "Send us a link to your GitHub profile.",
      "Investors include the founders of GitHub, Slack and Figma.",
    ],
  },
  // Design tools
  {
    id: "sketch",
    yes: ["Design in Sketch and Figma.", "Experience with Sketch or design software"],
    no: [
      "Sketch out ideas with the product team.",
      "You will sketch wireframes and flows.",
      "Quick Sketch, wireframe and prototype cycles",
    ],
  },
  {
    id: "principle",
    yes: [
      "Prototype in Figma, Principle or Framer.",
      "Motion prototypes in Principle / After Effects",
    ],
    no: ["Security is a first Principle here.", "The Principle of least privilege applies."],
  },
  {
    id: "illustrator",
    yes: ["Expert in Photoshop and Illustrator", "Adobe Illustrator"],
    no: [
      "We are hiring a freelance Illustrator for our books.",
      "Illustrator who loves drawing animals",
    ],
  },
  {
    id: "premiere",
    yes: ["Edit video in Premiere and After Effects.", "Adobe Premiere Pro"],
    no: ["The world Premiere of our film is in May."],
  },
  {
    id: "adobexd",
    yes: ["Design tools such as Figma, Sketch, XD", "Adobe XD"],
    no: ["That joke was great XD"],
  },
  // Business software named by common words
  {
    id: "excel",
    yes: [
      "Advanced Excel skills are required.",
      "Proficient in Microsoft Excel",
      "Comfortable with Excel and Google Sheets",
    ],
    no: [
      "Excel at building relationships with customers.",
      "A place where you can excel and grow.",
      "You will excel in a fast-paced team.",
    ],
  },
  {
    id: "microsoftoffice",
    yes: ["Proficient in MS Office", "Corporate IT systems such as G Suite, Zoom and Office"],
    no: [
      "Work from our office in Berlin.",
      "We pay for your Home Office setup.",
      "Office hours with the CTO every week",
    ],
  },
  {
    id: "microsoftword",
    yes: ["Proficiency in Word and Excel", "Build Microsoft Word plugins."],
    no: ["Word of mouth drives most of our growth.", "Spread the word about our product."],
  },
  {
    id: "looker",
    yes: ["Build dashboards in Looker.", "BI tools such as Looker or Tableau"],
    no: ["The new office is a real looker."],
  },
  {
    id: "modeanalytics",
    yes: ["A business intelligence tool (e.g. Tableau or Mode)", "Mode Analytics"],
    no: [
      "We are in stealth Mode until launch.",
      "The Mode phone is our flagship product.",
      "Switch to dark mode.",
    ],
  },
  {
    id: "front",
    yes: [
      "Support tools like Zendesk and Front",
      "Collaboration tools such as Slack, Front, Google Meet",
    ],
    no: [
      "Work on the Front End of our web app.",
      "In Front of customers every day",
      "Front-end developers",
    ],
  },
  {
    id: "segment",
    yes: [
      "Event tracking with Segment and Amplitude",
      "Integrate with tools like Segment, Zapier, Looker.",
    ],
    no: [
      "Director, Business Segment Leader",
      "You will own the mid-market Segment.",
      "our customer segment",
    ],
  },
  {
    id: "amplitude",
    yes: ["Product analytics in Amplitude", "Experience with BI tooling, Amplitude and SQL"],
    no: ["Measure the Amplitude of the signal."],
  },
  {
    id: "heap",
    yes: ["Analytics tools: Heap, Mixpanel", "Heap Analytics"],
    no: ["Tune the Java Heap for low latency.", "Profile heap allocations in C++."],
  },
  {
    id: "iterable",
    yes: [
      "Lifecycle campaigns in Iterable and Braze",
      "Customer engagement platforms such as Iterable",
    ],
    no: ["The function returns an Iterable of rows."],
  },
  {
    id: "stripe",
    yes: ["Payments run on Stripe.", "Third-party APIs (Google Analytics, Stripe, Zapier)"],
    no: ["We are backed by Stripe and Sequoia.", "We are building the Stripe for insurance."],
  },
  {
    id: "square",
    yes: ["Payments with Stripe, Square or PayPal", "Square POS"],
    no: [
      "A 2,000 Square foot office downtown",
      "Sometimes we go back to Square one.",
      "Our office is on Union Square.",
    ],
  },
  {
    id: "box",
    yes: ["Files live in Dropbox or Box.", "Box.com"],
    no: ["Think outside the Box.", "We're Box Packers at heart."],
  },
  {
    id: "pitch",
    yes: ["Presentation tools: Pitch, Keynote", "Pitch.com"],
    no: ["Build the Pitch deck for investors.", "Perfect your sales Pitch."],
  },
  {
    id: "keynote",
    yes: ["Slides in Keynote or PowerPoint", "Apple Keynote"],
    no: ["She gave the Keynote at our conference.", "Keynote speakers at the summit"],
  },
  {
    id: "outlook",
    yes: ["Proficient in Excel, Word and Outlook", "Microsoft Outlook"],
    no: ["A positive Outlook on life", "The Outlook for the market is strong."],
  },
  {
    id: "drift",
    yes: ["Live chat tools such as Drift or Intercom", "Drift chatbots on the website"],
    no: ["Watch for concept drift in our models.", "Do not let the roadmap Drift away."],
  },
  {
    id: "gong",
    yes: ["Sales tech stack (e.g. Salesforce, Outreach, Gong)", "Gong.io"],
    no: ["Ring the Gong when a deal closes."],
  },
  {
    id: "outreach",
    yes: ["Sales engagement tools like Outreach or Salesloft", "Outreach.io"],
    no: ["Run community Outreach programs.", "Outreach Coordinator"],
  },
  {
    id: "chorus",
    yes: ["Call recording tools like Gong or Chorus", "Chorus.ai"],
    no: ["A Chorus of happy customers"],
  },
  {
    id: "jasperai",
    yes: ["AI writing tools such as Jasper", "Jasper.ai"],
    no: ["Jasper National Park is lovely in June."],
  },
  {
    id: "lever",
    yes: ["Familiarity with applicant tracking systems (Lever and/or Greenhouse)", "ATS: Lever"],
    no: ["Your data is stored with Lever.", "Pricing is a powerful Lever for growth."],
  },
  {
    id: "greenhouse",
    yes: [
      "Familiarity with applicant tracking systems (Lever and/or Greenhouse)",
      "Our ATS is Greenhouse.io",
    ],
    no: [
      "Greenhouse gas emissions fell by 20%.",
      "A service provider called Greenhouse collects some information.",
    ],
  },
  {
    id: "workable",
    yes: ["Recruiting tools such as Workable"],
    no: ["Together we find a Workable solution."],
  },
  {
    id: "workday",
    yes: ["HR systems like Workday and BambooHR", "Workday HCM"],
    no: ["A typical Workday starts at 9.", "Your workday is flexible."],
  },
  {
    id: "gusto",
    yes: ["Payroll tools such as Gusto", "Experience with QuickBooks, Gusto and Expensify"],
    no: ["She tackles problems with Gusto."],
  },
  {
    id: "facebook",
    yes: ["Run campaigns across Facebook, Instagram and Snapchat."],
    no: [
      "Our clients include Facebook, Google and Habitat for Humanity.",
      "Link your Facebook profile if you like.",
    ],
  },
  {
    id: "gutenberg",
    yes: ["Build WordPress blocks for the Gutenberg editor.", "Experience with Gutenberg"],
    no: ["Project Gutenberg hosts free e-books."],
  },
  {
    id: "googletagmanager",
    yes: ["Analytics tools such as Google Analytics, GTM", "Google Tag Manager"],
    no: ["Own the GTM strategy for Europe.", "Work with our GTM team on launches."],
  },
  {
    id: "googleanalytics",
    yes: ["Tools & tech you will use: Looker, SQL, GA, BigQuery", "Google Analytics 4"],
    no: ["The API reached GA in March.", "Our office is in Atlanta, GA."],
  },
  // Practices and protocols
  {
    id: "agile",
    yes: [
      "Experience working in an agile environment",
      "PMP, ITIL, Agile/SCRUM or similar certifications",
    ],
    no: ["We are a small, agile team.", "Stay agile and flexible as we grow."],
  },
  {
    id: "lean",
    yes: ["Various agile and lean methodologies", "Lean Startup principles"],
    no: ["We run a Lean team of six.", "Lean in and help each other."],
  },
  {
    id: "cicd",
    yes: [
      "Experience with CI (Jenkins, GitLab CI)",
      "Our CI pipelines run on every commit.",
      "CI/CD",
    ],
    no: ["Respect our corporate identity (CI) in every design.", "The CI of the estimate is 95%."],
  },
  {
    id: "rest",
    yes: ["Design REST APIs in Go.", "RESTful web services", "Restful APIs"],
    no: ["Get some rest after the launch.", "Rest assured, we support you."],
  },
  {
    id: "gdpr",
    yes: ["Knowledge of privacy regulations (GDPR, CCPA) is a plus."],
    no: ["We process your personal data in accordance with the GDPR."],
  },
  {
    id: "seo",
    yes: ["Own our SEO strategy.", "Search engine optimization"],
    no: ["Our designer Seo-yeon leads the workshop."],
  },
  {
    id: "sem",
    yes: ["Experience with SEO and SEM campaigns"],
    no: ["Analyze the samples with SEM imaging."],
  },
];

describe("part B ambiguity rules", () => {
  for (const { id, yes, no } of cases) {
    describe(id, () => {
      for (const sentence of yes) {
        it(`finds ${id} in "${sentence}"`, () => {
          expect(idsIn(sentence)).toContain(id);
        });
      }
      for (const sentence of no) {
        it(`does not find ${id} in "${sentence}"`, () => {
          expect(idsIn(sentence)).not.toContain(id);
        });
      }
    });
  }
});

describe("part B areas", () => {
  it("reads functional areas from the way bodies and titles name them", () => {
    expect(idsIn("Senior Back-End Engineer")).toContain("backend");
    expect(idsIn("You know server-side rendering and client-side state")).toEqual(
      expect.arrayContaining(["backend", "frontend"]),
    );
    expect(idsIn("UX/UI Designer")).toContain("ui-ux");
    expect(idsIn("Customer Success Manager")).toContain("customer-support");
    expect(idsIn("Experience in talent acquisition and bookkeeping")).toEqual(
      expect.arrayContaining(["recruiting", "accounting"]),
    );
    expect(idsIn("Deep learning and machine learning research")).toContain("machine-learning");
  });

  it("reads embedded only as embedded systems work", () => {
    expect(idsIn("Embedded software engineer for ARM microcontrollers")).toContain("embedded");
    expect(idsIn("Security is embedded in our culture.")).not.toContain("embedded");
  });

  it("reads QA and UX only in capitals", () => {
    expect(idsIn("QA engineer")).toContain("qa");
    expect(idsIn("Strong UX sense")).toContain("ui-ux");
    expect(idsIn("Join our Q&A session on Friday.")).not.toContain("qa");
  });
});

describe("part B spoken languages", () => {
  const spokenIn = (text: string) =>
    idsIn(text).filter((id) => ["english", "german", "spanish", "french", "polish"].includes(id));

  it("finds a language asked of the candidate", () => {
    expect(spokenIn("Fluent German and English")).toEqual(["german", "english"]);
    expect(spokenIn("You are a native German speaker.")).toEqual(["german"]);
    expect(spokenIn("You speak Spanish and English fluently.")).toEqual(["spanish", "english"]);
    expect(spokenIn("English (C1) required")).toEqual(["english"]);
    expect(spokenIn("German-speaking Account Executive")).toEqual(["german"]);
    expect(spokenIn("Full professional proficiency in the French language")).toEqual(["french"]);
  });

  it("ignores countries, markets, courses and languages said not to be needed", () => {
    expect(spokenIn("We are a German company with offices in Berlin.")).toEqual([]);
    expect(spokenIn("Grow our share of the Spanish market.")).toEqual([]);
    expect(spokenIn("Perks include a free German language course.")).toEqual([]);
    expect(spokenIn("Written English is a must (Polish is not necessary).")).toEqual(["english"]);
    expect(spokenIn("Polish the UI before release.")).toEqual([]);
  });
});
