/** The catalogue registry with its Arabic parts (see scripts/catalogue-split.ts and load-language.ts). */
declare module "@i18n/messages/index.ts?lang=ar" {
  export const catalogueAr: import("@i18n/messages/index.ts").Catalogue;
}
