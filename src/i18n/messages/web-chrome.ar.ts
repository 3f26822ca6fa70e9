import type { Shape } from "./tree.ts";
import type { webChromeEn } from "./web-chrome.en.ts";

export const webChromeAr: Shape<typeof webChromeEn> = {
  chrome: {
    menu: "القائمة",
    menuLabel: "أظهر الصفحات أو أخفها",
    digits: "الأرقام",
    digitsLatn: "غربية 123",
    digitsArab: "هندية ١٢٣",
    digitsHelp: "أرقام غربية أو هندية لكل رقم في الصفحات العربية",
  },
};
