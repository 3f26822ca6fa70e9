/**
 * A signed number that keeps its minus sign in front in a right-to-left page. A plain "-0.5" in an
 * Arabic line is laid out by the bidirectional algorithm as "0.5-" (the hyphen-minus is a weak
 * character that takes the paragraph's direction); a left-to-right mark before a true minus sign
 * (U+2212) makes the sign and the digits one left-to-right run, in a canvas as in the page.
 */
type Numbers = { number: (value: number, digits?: number) => string; dir: "ltr" | "rtl" };

const MINUS = "\u2212";
const LRM = "\u200e";

export function signedNumber(i18n: Numbers, value: number, digits: number): string {
  const magnitude = i18n.number(Math.abs(value), digits);
  // A value that rounds to zero is shown unsigned ("0.0", not "−0.0").
  if (value >= 0 || magnitude === i18n.number(0, digits)) return magnitude;
  return `${i18n.dir === "rtl" ? LRM : ""}${MINUS}${magnitude}`;
}
