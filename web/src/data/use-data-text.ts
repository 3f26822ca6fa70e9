/**
 * The data's English texts (outlets, notes) in the page's language, from the translation memory the
 * dataset carries (Dataset.translations, data/ai-economy/arabic/*.yaml): the terminal's namer,
 * src/i18n/record-names.ts. One lookup per dataset and language, shared by every cell that asks.
 */
import type { Lang } from "@i18n/lang.ts";
import { dataText } from "@i18n/record-names.ts";
import type { Dataset } from "@schema/dataset-file.ts";
import { useI18n } from "../i18n/index.ts";
import { useModel } from "./use-model.ts";

const cache = new WeakMap<Dataset, Partial<Record<Lang, (text: string) => string>>>();

export function useDataText(): (text: string) => string {
  const { dataset } = useModel();
  const { lang } = useI18n();
  let byLang = cache.get(dataset);
  if (!byLang) {
    byLang = {};
    cache.set(dataset, byLang);
  }
  byLang[lang] ??= dataText(dataset, lang);
  return byLang[lang];
}
