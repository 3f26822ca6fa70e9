/**
 * One digit system per page, as per output in the terminal (docs/arabic-style.md): under Arabic-Indic
 * digits the formatter already writes its numbers in them, and this brings the numbers the data itself
 * holds (deal and scenario titles, names such as "إس آند بي 500", notes, years in a cell) into the same
 * system. It is the page's counterpart of the CLI's last step (src/i18n/output-digits.ts, the same
 * rules): the rendered text is converted once laid out, and again as React changes it.
 *
 * Tooltips and accessible names (title, aria-label) are read too, so they follow the same rule.
 * Text inside a Latin element (`dir="ltr"`, `<bdi>`, `lang="en"`, code) reads as the terminal's isolated
 * fragment: only a number standing alone is converted, never one that is part of a name, a code or a
 * URL ("Form 10-K", "GB200"). Text fields, scripts and styles are never touched (a number a reader
 * types stays in the digits the browser reads), nor anything under `data-digits="keep"`.
 */
import { outputDigits } from "@i18n/output-digits.ts";

// A list's options are read, so they follow the page; what a reader types (inputs) is left as typed.
const SKIPPED = new Set(["SCRIPT", "STYLE", "TEXTAREA", "INPUT", "NOSCRIPT"]);
const LATIN = "[dir=ltr], bdi, [lang=en], code, kbd, samp";
const LRI = "\u2066";
const PDI = "\u2069";

/** A text's numbers in Arabic-Indic digits; `latin`: the text sits in a Latin fragment. */
export function arabicDigitsOf(text: string, latin: boolean): string {
  if (!/\d/.test(text)) return text;
  if (!latin) return outputDigits(text, "arab");
  const converted = outputDigits(`${LRI}${text}${PDI}`, "arab");
  return converted.slice(LRI.length, converted.length - PDI.length);
}

type Convert = (text: string, latin: boolean) => string;

function convertNode(node: Text, convert: Convert): void {
  const parent = node.parentElement;
  if (!parent || SKIPPED.has(parent.tagName) || parent.closest("[data-digits=keep]")) return;
  const before = node.nodeValue ?? "";
  const after = convert(before, parent.closest(LATIN) !== null);
  if (after !== before) node.nodeValue = after;
}

/** The words a page shows outside its text: a tooltip and an accessible name. */
const READ_ATTRIBUTES = ["title", "aria-label"];

function convertAttributes(element: Element, convert: Convert): void {
  if (element.closest("[data-digits=keep]")) return;
  const latin = element.closest(LATIN) !== null;
  for (const name of READ_ATTRIBUTES) {
    const before = element.getAttribute(name);
    if (before === null) continue;
    const after = convert(before, latin);
    if (after !== before) element.setAttribute(name, after);
  }
}

function convertTree(root: Node, convert: Convert = arabicDigitsOf): void {
  if (root.nodeType === Node.TEXT_NODE) {
    convertNode(root as Text, convert);
    return;
  }
  if (!(root instanceof Element)) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) convertNode(node as Text, convert);
  convertAttributes(root, convert);
  for (const element of root.querySelectorAll("[title], [aria-label]")) convertAttributes(element, convert);
}

/**
 * Converts the text under `root` now and whenever it changes, until the returned function is called;
 * that function writes Western digits back, since React leaves alone a text it did not change.
 * Converting a text node changes it again; the second pass finds nothing left to convert, so the
 * observer settles.
 */
export function keepArabicDigits(root: HTMLElement): () => void {
  convertTree(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "characterData") convertTree(record.target);
      else if (record.type === "attributes") convertAttributes(record.target as Element, arabicDigitsOf);
      else for (const node of record.addedNodes) convertTree(node);
    }
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: READ_ATTRIBUTES,
  });
  return () => {
    observer.disconnect();
    convertTree(root, (text) => outputDigits(text, "latn"));
  };
}
