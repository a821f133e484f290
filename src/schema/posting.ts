import { z } from "zod";
import { FORMATS } from "./enums";

/** One job posting as a board receives it. */
export const PostingInputSchema = z
  .object({
    id: z.string().optional().describe("Your identifier for the posting; copied to the result."),
    title: z.string().describe("The job title as published."),
    companyName: z.string().optional().describe("The hiring company, as it names itself."),
    body: z.string().describe("The posting: HTML, markdown or plain text."),
    location: z.string().optional().describe("Where the job is, as published."),
    url: z.string().optional().describe("The posting's address."),
    format: z.enum(FORMATS).optional().describe("The body's format; detected when absent."),
  })
  .describe("A job posting to tag.");

export type PostingInput = z.infer<typeof PostingInputSchema>;
