/** The registry's copies with one language's parts (see scripts/catalogue-split.ts and load-language.ts). */
declare module "@i18n/messages/index.ts?lang=ar" {
  export const catalogueAr: import("@i18n/messages/index.ts").Catalogue;
}
declare module "@i18n/messages/index.ts?lang=en" {
  export const catalogueEn: import("@i18n/messages/index.ts").Catalogue;
}
