/**
 * Word lists the summarize stage uses to decide case and grammar. Lower-case keys.
 */

/**
 * Names that keep their capital inside a sentence ("a senior Java developer"). Words with an
 * inner capital, a digit or a dot (iOS, DevOps, WordPress, Node.js, .NET, C++) are recognised
 * by their shape and need not be listed.
 */
export const PROPER_NOUNS: ReadonlySet<string> = new Set(
  [
    // languages, runtimes, frameworks, platforms
    "ada android angular angularjs ansible apex apple arduino azure babel bitcoin blender",
    "bootstrap braze chrome chromium clojure cobol contentful cordova cypress dart debian delphi",
    "django docker drupal elasticsearch electron elixir ember erlang ethereum excel expo figma",
    "firebase firefox flask flutter fortran gatsby go golang google gradle grafana grails",
    "groovy hadoop haskell heroku hibernate houdini hubspot hugo illustrator ionic java",
    "javascript jekyll jenkins jest jira julia kafka kotlin kubernetes laravel linux looker lua",
    "magento marketo matlab maya microsoft mixpanel mongo mongodb mysql netlify netsuite nginx",
    "node notion nuke okta oracle pandas pardot pascal perl phoenix photoshop playwright",
    "postgres postgresql prisma puppeteer python qt rails react redis redux ruby rust salesforce",
    "scala selenium shopify sitecore slack snowflake solidity spark spring storybook strapi",
    "stripe svelte swift symfony tableau terraform timber twilio typescript ubuntu umbraco unity",
    "unreal vercel vue vulkan webflow webpack windows wordpress xamarin xcode zapier zendesk",
    "zephyr gcp aws mac macos",
    // companies and products often named in roles
    "amazon facebook instagram twitter pinterest snapchat youtube tiktok roblox adobe",
    "airtable asana trello confluence workday",
    // places and languages
    "africa america american americas asia asian australia austria belgium berlin brazil",
    "canada china chinese czech danish dutch english europe european finland finnish france",
    "french german germany greek hebrew hindi india ireland israel italian italy japan",
    "japanese korea korean latin london mexico norway norwegian paris poland polish",
    "portugal portuguese romania russian spain spanish sweden swedish swiss switzerland",
    "turkish ukraine ukrainian arabic",
  ]
    .join(" ")
    .split(" "),
);

/** Nouns that name a job ("engineer", "designer"): the head of a role title. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  [
    "accountant administrator admin advocate agent analyst animator apprentice architect",
    "artist assistant associate attorney auditor bookkeeper buyer ceo cfo cmo coach consultant",
    "contributor controller coo copywriter coordinator counsel cto curator designer developer",
    "director editor educator engineer evangelist executive expert generalist hacker handler",
    "head host illustrator instructor intern investigator lawyer lead leader maintainer manager",
    "marketer member moderator officer operator owner partner photographer planner president",
    "producer professional programmer proofreader recruiter rep representative researcher",
    "scientist specialist sre strategist supervisor support teacher technician technologist",
    "tester trainee trainer translator tutor videographer vp writer",
  ]
    .join(" ")
    .split(" "),
);

/** Words a title may carry in parentheses that say what the role works on: "(Backend)". */
export const SPECIALTIES: ReadonlySet<string> = new Set(
  [
    "backend back-end frontend front-end fullstack full-stack mobile ios android web security",
    "data platform infrastructure cloud devops embedded ml ai qa go golang python java ruby",
    "php react rust node node.js .net c# c++ javascript typescript scala kotlin swift elixir",
    "growth payments design product marketing sales",
  ]
    .join(" ")
    .split(" "),
);
