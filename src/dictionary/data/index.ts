import type { ConceptInput } from "../schema";
import { areas } from "./areas";
import { business } from "./business";
import { cloud } from "./cloud";
import { dataMl } from "./data-ml";
import { databases } from "./databases";
import { design } from "./design";
import { devtools } from "./devtools";
import { frameworks } from "./frameworks";
import { gamedevEmbedded } from "./gamedev-embedded";
import { infrastructure } from "./infrastructure";
import { languages } from "./languages";
import { mobile } from "./mobile";
import { practices } from "./practices";
import { spoken } from "./spoken";
import { testing } from "./testing";

/** Every bundled concept family, by file name. Each file exports one array of concepts. */
export const conceptFamilies: Record<string, ConceptInput[]> = {
  languages,
  frameworks,
  mobile,
  databases,
  "data-ml": dataMl,
  testing,
  "gamedev-embedded": gamedevEmbedded,
  cloud,
  infrastructure,
  devtools,
  design,
  business,
  practices,
  areas,
  spoken,
};
