import type { sampleEn } from "./sample.en.ts";
import type { Shape } from "./tree.ts";

export const sampleAr: Shape<typeof sampleEn> = {
  deals:
    "{count, plural, zero {لا صفقات} one {صفقة واحدة} two {صفقتان} few {# صفقات} many {# صفقةً} other {# صفقة}}",
  dealsIn:
    "{count, plural, zero {لا صفقات} one {صفقة واحدة} two {صفقتان} few {# صفقات} many {# صفقةً} other {# صفقة}} في {place}",
};
