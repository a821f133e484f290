import { describe, expect, it } from "vitest";
import { mentionsOf } from "../src/dictionary/index";

/** The surface forms of `id` found in `text`. */
function found(text: string, id: string): string[] {
  return mentionsOf(text)
    .filter((mention) => mention.id === id)
    .map((mention) => mention.text);
}

interface Senses {
  /** Sentences naming the technology, each with the span expected. */
  technology: Array<[sentence: string, span: string]>;
  /** Sentences using the same word in its ordinary sense. */
  word: string[];
}

/** Ambiguous names of part A, each proved in both senses with sentences written for the test. */
const ambiguous: Record<string, Senses> = {
  golang: {
    technology: [
      ["We build our payment services in Go and run them on Kubernetes.", "Go"],
      ["Senior Go Developer (Remote, EU)", "Go"],
      ["Languages: Python/Go/Rust", "Go"],
      ["You have shipped production code in Java, Go and C++.", "Go"],
      ["We are migrating the ingestion service from Ruby to Go.", "Go"],
    ],
    word: [
      "You go above and beyond for our customers.",
      "Own the go-to-market plan for EMEA.",
      "Work from anywhere, even on the go.",
      "Help us go live with the new billing flow.",
      "Go Live support for enterprise customers",
      "Go-to-Market Manager, DACH",
      "Take part in the go/no-go decision for each release.",
    ],
  },
  rustlang: {
    technology: [
      ["Our matching engine is written in Rust.", "Rust"],
      ["Experience with Rust, Go or C++ is a plus.", "Rust"],
    ],
    word: [
      "Inspect the trucks for rust and corrosion every month.",
      "Our warehouse sits in the heart of the Rust Belt.",
    ],
  },
  swift: {
    technology: [
      ["You build iOS features in Swift and Objective-C.", "Swift"],
      ["Strong Swift skills and a love of clean APIs.", "Swift"],
    ],
    word: [
      "We expect swift action when an incident is reported.",
      "Swift Action On Customer Feedback",
      "You reconcile SEPA and Swift payments every morning.",
    ],
  },
  reactjs: {
    technology: [
      ["Our frontend is React with TypeScript.", "React"],
      ["Experience with react and redux", "react"],
    ],
    word: [
      "React quickly to customer incidents and keep them informed.",
      "You stay calm and react to incidents with a plan.",
    ],
  },
  spring: {
    technology: [
      ["Java 17 services built with Spring Boot", "Spring Boot"],
      ["Experience with Spring and Hibernate", "Spring"],
    ],
    word: [
      "Apply now for our Spring 2022 internship.",
      "Join us this Spring at our Lisbon offsite.",
    ],
  },
  expressjs: {
    technology: [
      ["REST APIs on Node.js/Express and PostgreSQL", "Express"],
      ["Experience with Express and MongoDB", "Express"],
    ],
    word: [
      "Express your ideas clearly in writing.",
      "Expenses are paid with an American Express card.",
    ],
  },
  rails: {
    technology: [
      ["Our monolith runs on Rails and Sidekiq.", "Rails"],
      ["3+ years with Ruby on Rails", "Ruby on Rails"],
    ],
    word: [
      "Install safety rails on every staircase of the warehouse.",
      "Keep projects from going off the rails.",
    ],
  },
  rubylang: {
    technology: [["Experience with Ruby and Go", "Ruby"]],
    word: ["She wore a ruby ring to the launch party.", "Lunch at Ruby Tuesday on Fridays."],
  },
  c: {
    technology: [
      ["Firmware written in C and C++ for ARM microcontrollers.", "C"],
      ["Languages: C, Rust, Python", "C"],
      ["Strong C/C++ skills", "C"],
    ],
    word: [
      "Experience selling to C-level executives.",
      "We just raised our Series C round.",
      "A grade C or better in maths.",
      "Build relationships across the C suite.",
    ],
  },
  rstats: {
    technology: [
      ["Analysis in Python or R is required.", "R"],
      ["Strong R programming skills", "R programming"],
    ],
    word: ["Join our R&D team in Berlin.", "The R & D budget grew this year."],
  },
  d: {
    technology: [
      ["Systems code in the D programming language", "D programming language"],
      ["Languages: C, D, Rust", "D"],
    ],
    word: [
      "A Ph.D. in physics or equivalent experience.",
      "Software Engineer (M/F/D)",
      "Our R&D team grows.",
    ],
  },
  dart: {
    technology: [
      ["Cross-platform apps with Flutter and Dart", "Dart"],
      ["Experience with Dart or Kotlin", "Dart"],
    ],
    word: ["We throw a dart at the board every Friday.", "Team nights with Dart boards and pizza."],
  },
  elm: {
    technology: [["Our frontend is written in Elm and TypeScript.", "Elm"]],
    word: ["Our office on Elm Street has a rooftop terrace."],
  },
  julia: {
    technology: [
      ["Experience with Julia or Python for numerical work", "Julia"],
      ["Julia programming for simulations", "Julia programming"],
    ],
    word: ["You will work closely with Julia, our Head of Data."],
  },
  crystal: {
    technology: [["Experience with Crystal or Elixir is a plus.", "Crystal"]],
    word: ["Build dashboards in Crystal Reports.", "Crystal clear communication is a must."],
  },
  unity: {
    technology: [
      ["Unity Developer for mobile games", "Unity"],
      ["Games built in Unity and C#", "Unity"],
      ["Experience in Unity or Unreal", "Unity"],
    ],
    word: [
      "Our values: Unity, Integrity, Respect",
      "There is strength in Unity.",
      "We work in unity with our partners.",
    ],
  },
  emberjs: {
    technology: [
      ["Our front-end Ember app is written in TypeScript.", "Ember"],
      ["Frameworks such as React, Vue or Ember", "Ember"],
    ],
    word: ["Every hire gets an Ember Mug for the home office.", "The last ember of the campfire."],
  },
  meteor: {
    technology: [["Experience with Meteor and MongoDB", "Meteor"]],
    word: ["We watched the Meteor Shower from the retreat.", "a meteor of a career"],
  },
  spark: {
    technology: [
      ["Big data processing with Spark and Kafka", "Spark"],
      ["Experience with Apache Spark", "Apache Spark"],
    ],
    word: [
      "Spark joy in your team every day.",
      "We Spark Magic & Have Fun",
      "ideas that spark conversations",
    ],
  },
  hive: {
    technology: [["Hadoop, Hive and Presto on EMR", "Hive"]],
    word: ["The office is a hive of activity.", "Hive Mind is the name of our newsletter."],
  },
  storm: {
    technology: [["Stream processing with Storm, Flink or Kafka Streams", "Storm"]],
    word: ["We weather the storm together.", "Storm Season is over for our field teams."],
  },
  kafka: {
    technology: [["Event streaming with Kafka and Avro", "Kafka"]],
    word: ["Our CTO is a big fan of Franz Kafka."],
  },
  cassandra: {
    technology: [["Data stores: MySQL, Cassandra, Redis", "Cassandra"]],
    word: ["Reach out to Cassandra, our recruiter, with any questions."],
  },
  elixir: {
    technology: [["The backend is built in Elixir and Phoenix.", "Elixir"]],
    word: ["Growth is not a magical Elixir.", "the elixir of youth"],
  },
  scala: {
    technology: [["Strong hands-on experience with Java or Scala", "Scala"]],
    word: ["The team outing was a night at La Scala."],
  },
  groovy: {
    technology: [["Scripting languages like Groovy", "Groovy"]],
    word: ["Groovy vibes and great coffee at our office."],
  },
  bash: {
    technology: [
      ["Bash and Python scripting", "Bash"],
      ["Automation, eg Shell, Python, Ansible", "Shell"],
    ],
    word: ["Join our annual summer bash in Lisbon.", "Fuel at a Shell station on the way."],
  },
  nextjs: {
    technology: [
      ["Our storefront runs on Next.js and Vercel.", "Next.js"],
      ["Experience with Next and React", "Next"],
    ],
    word: [
      "Next steps: a call with the hiring manager.",
      "What's Next?",
      "Next to English, you speak German.",
    ],
  },
  nestjs: {
    technology: [["Experience with Nest and TypeORM", "Nest"]],
    word: ["Nest pension scheme with employer contributions"],
  },
  remix: {
    technology: [["Experience with Remix or Next.js", "Remix"]],
    word: ["Remix our brand assets for social campaigns.", "Produce a remix of our podcast intro."],
  },
  gatsby: {
    technology: [["Marketing site in Gatsby + Tailwind", "Gatsby"]],
    word: ["Our book club is reading The Great Gatsby."],
  },
  hugo: {
    technology: [
      ["Update the website with our website tools (Hugo)", "Hugo"],
      ["Static sites with Jekyll or Hugo", "Hugo"],
    ],
    word: ["Meet Hugo, our CTO, in the second interview."],
  },
  flow: {
    technology: [["Typed JavaScript with TypeScript or Flow", "Flow"]],
    word: ["Manage the inbound lead flow.", "Flow of information across teams matters."],
  },
  jest: {
    technology: [["Unit tests with Jest and React Testing Library", "Jest"]],
    word: ["It was said in jest.", "Half in Jest, half serious."],
  },
  mocha: {
    technology: [["Testing with Mocha and Chai", "Mocha"]],
    word: ["Free coffee, Mocha, latte and tea.", "a mocha latte on the house"],
  },
  jasmine: {
    technology: [["Unit testing tools like Karma and Jasmine", "Jasmine"]],
    word: ["Say hi to Jasmine, our office manager.", "jasmine tea in the kitchen"],
  },
  cypress: {
    technology: [["End-to-end tests in Cypress", "Cypress"]],
    word: ["Lunch under the cypress trees.", "Previously at Cypress Semiconductor."],
  },
  playwright: {
    technology: [["E2E tests with Playwright or Cypress", "Playwright"]],
    word: ["Our founder is an award-winning Playwright.", "a playwright and poet"],
  },
  selenium: {
    technology: [["Browser automation with Selenium WebDriver", "Selenium WebDriver"]],
    word: ["Selenium supplements are part of the kit.", "zinc and selenium in the diet"],
  },
  ant: {
    technology: [["Build tools: Maven, Ant or Gradle", "Ant"]],
    word: ["Ant colony optimization for routing", "Ant Financial is a customer."],
  },
  maven: {
    technology: [["Build tools: Maven, Gradle", "Maven"]],
    word: ["You are a marketing maven with B2B experience.", "A Maven of social media"],
  },
  make: {
    technology: [["Build systems such as Make, Bazel and CMake", "Make"]],
    word: ["Make an impact from day one.", "You make decisions fast."],
  },
  beam: {
    technology: [
      ["Pipelines on Apache Beam and Dataflow", "Apache Beam"],
      ["Data pipelines in Spark or Beam", "Beam"],
    ],
    word: ["Beam with pride at our launch.", "a laser Beam for the demo"],
  },
  presto: {
    technology: [["Query engines: Hive, Presto, Spark", "Presto"]],
    word: ["And Presto! The report is done.", "hey presto"],
  },
  druid: {
    technology: [["Familiarity with Druid and ClickHouse", "Druid"]],
    word: ["You play a level 5 Druid in our game nights."],
  },
  superset: {
    technology: [["Dashboards in Superset or Metabase", "Superset"]],
    word: ["We follow a superset of the WordPress coding standards.", "Superset of the rules"],
  },
  snowflake: {
    technology: [["Our warehouse is Snowflake, modelled with dbt.", "Snowflake"]],
    word: [
      "Design star and snowflake schemas.",
      "Snowflake Schema design",
      "You are not a special snowflake.",
    ],
  },
  airflow: {
    technology: [
      ["Orchestrate jobs with Airflow DAGs", "Airflow DAGs"],
      ["We schedule everything in Airflow.", "Airflow"],
    ],
    word: ["Improve airflow in the server room.", "Airflow Sensors for HVAC systems in buildings"],
  },
  prefect: {
    technology: [["Orchestration with Prefect or Dagster", "Prefect"]],
    word: ["The Prefect of Police visited the office."],
  },
  pandas: {
    technology: [["Data wrangling with pandas and NumPy", "pandas"]],
    word: ["We adopted two giant pandas at the zoo."],
  },
  keras: {
    technology: [["Deep learning with Keras and TensorFlow", "Keras"]],
    word: ["Kerasotes theatres sponsor our movie nights."],
  },
  flask: {
    technology: [["Internal APIs in Flask and SQLAlchemy", "Flask"]],
    word: ["Every hire gets a Thermos Flask.", "a hip flask on the table"],
  },
  vuejs: {
    technology: [
      ["Vue 3 with Pinia", "Vue 3"],
      ["Our admin is Vue and Rails.", "Vue"],
    ],
    word: ["Team night at Vue cinemas.", "un point de vue différent"],
  },
  svelte: {
    technology: [["We build the dashboard in Svelte.", "Svelte"]],
    word: ["a svelte design with rounded corners"],
  },
  solidjs: {
    technology: [["Frameworks: React, Solid, Svelte", "Solid"]],
    word: ["Solid understanding of OOP and design patterns.", "Rock Solid foundations."],
  },
  alpinejs: {
    technology: [["Frontends with Tailwind, Alpine and Livewire", "Alpine"]],
    word: ["Company trips include Alpine skiing.", "Alpine huts for the offsite"],
  },
  angular: {
    technology: [
      ["Angular 12 and RxJS", "Angular 12"],
      ["Experience with Angular", "Angular"],
    ],
    word: ["a logo of angular shapes", "Angular momentum and velocity sensors"],
  },
  backbonejs: {
    technology: [["We maintain a legacy Backbone app.", "Backbone"]],
    word: ["the backbone of our platform", "Backbone of the finance team"],
  },
  ionic: {
    technology: [["Hybrid apps with Ionic and Cordova", "Ionic"]],
    word: ["ionic bonds in chemistry", "Ionic Bonds explained"],
  },
  polymer: {
    technology: [["Familiarity with Polymer is a plus.", "Polymer"]],
    word: ["a polymer chemistry background", "Polymer Science graduates"],
  },
  chai: {
    technology: [["Testing with Mocha and Chai", "Chai"]],
    word: ["We like coffee, tea, chai, and mate.", "Chai Latte Fridays"],
  },
  puppeteer: {
    technology: [["Scraping with headless Chrome and Puppeteer", "Puppeteer"]],
    word: ["a master puppeteer", "The Puppeteer shows at the festival"],
  },
  nodejs: {
    technology: [["Experience with Node and full-stack development", "Node"]],
    word: ["Add a worker Node to the cluster.", "Run a Bitcoin node at home."],
  },
  apollo: {
    technology: [["React with Apollo and GraphQL", "Apollo"]],
    word: ["A modern sales stack (Salesforce, Apollo, Outreach)."],
  },
  room: {
    technology: [["Data persistence, e.g. Room", "Room"]],
    word: ["Room to grow your career.", "Book the meeting Room early."],
  },
  combine: {
    technology: [["Reactive programming, e.g. Combine, RxSwift", "Combine"]],
    word: ["Combine those skills with curiosity."],
  },
  stellar: {
    technology: [["Developers building on Stellar", "Stellar"]],
    word: ["Stellar communication skills", "a stellar track record"],
  },
  augmentedreality: {
    technology: [
      ["Immersive (AR / VR / MR) development", "AR / VR"],
      ["from VR to AR", "AR"],
    ],
    word: ["Manage AR/AP and month-end close.", "Accounts Receivable (AR) specialist"],
  },
};

describe("ambiguous names, part A", () => {
  for (const [id, senses] of Object.entries(ambiguous)) {
    describe(id, () => {
      it.each(senses.technology)("names the technology in %j", (sentence, span) => {
        expect(found(sentence, id)).toEqual([span]);
      });
      it.each(senses.word)("reads the ordinary word in %j", (sentence) => {
        expect(found(sentence, id)).toEqual([]);
      });
    });
  }
});
