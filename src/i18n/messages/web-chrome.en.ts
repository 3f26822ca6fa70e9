/** The pages' frame (keys web.chrome.*): the phone menu and the digits control beside the language switch. */
export const webChromeEn = {
  chrome: {
    menu: "Menu",
    menuLabel: "Show or hide the pages",
    digits: "Digits",
    digitsLatn: "Western 123",
    digitsArab: "Arabic-Indic ١٢٣",
    digitsHelp: "Western or Arabic-Indic digits for every number on the Arabic pages",
  },
};
