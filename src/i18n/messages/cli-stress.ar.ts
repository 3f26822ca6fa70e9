import type { cliStressEn } from "./cli-stress.en.ts";
import type { Shape } from "./tree.ts";

export const cliStressAr: Shape<typeof cliStressEn> = {
  entity: "الجهة",
  none: "لا شيء",
  invalid:
    "{file}: {count, plural, zero {{count} مشكلة} one {مشكلة واحدة} two {مشكلتان} few {{count} مشكلات} many {{count} مشكلةً} other {{count} مشكلة}}؛ لم يُشغَّل شيء.",
};
