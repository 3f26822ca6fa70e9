/**
 * The as-of date a reader sees follows the page's language and digits, not the browser's locale
 * (Chromium here runs en-US, so its own date input would read "11/21/2026" on every page): the date
 * is written as the page writes dates, the input keeps the ISO value the app reads, and the keyboard
 * still changes it.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { message } from "../../src/i18n/message.ts";
import { formatDate } from "../../web/src/format.ts";
import { RUN_IN_CHROMIUM, screenshot, useDashboard } from "./harness.ts";
import { styleOf } from "./layout.ts";

const DAY = "2026-11-21";
const NEXT_MONTH = "2026-12-21";

/** What the field shows, its ISO value, and the colour of the browser's own text (month first, Latin). */
async function field(page: Page) {
  const box = page.locator(".viewbar .date-field-box");
  const input = box.locator('input[type="date"]');
  return {
    shown: ((await box.locator(".date-field-shown").textContent()) ?? "").trim(),
    value: await input.inputValue(),
    nativeColor: (await styleOf(input, ["color"])).color,
    /**
     * The narrower of the two gaps between the date's text and the field's sides, in pixels: the
     * browser draws its calendar button on one side or the other (by its own locale, not the page's).
     */
    clearance: await box.evaluate((element) => {
      type Rect = { left: number; right: number };
      type Box = { querySelector(s: string): { getBoundingClientRect(): Rect } };
      type Doc = { createRange(): { selectNodeContents(n: unknown): void; getBoundingClientRect(): Rect } };
      const range = (globalThis as unknown as { document: Doc }).document.createRange();
      range.selectNodeContents((element as Box).querySelector(".date-field-shown"));
      const text = range.getBoundingClientRect();
      const field = (element as Box).querySelector("input").getBoundingClientRect();
      return Math.floor(Math.min(text.left - field.left, field.right - text.right));
    }),
  };
}

const asOfInUrl = (page: Page) => new URL(page.url()).searchParams.get("asOf");

describe.skipIf(!RUN_IN_CHROMIUM)("the as-of date field in Chromium", { timeout: 60_000 }, () => {
  const harness = useDashboard();

  const cases = [
    { lang: "en", digits: "", shown: "November 21, 2026", stepped: "December 21, 2026" },
    { lang: "ar", digits: "", shown: "21 نوفمبر 2026", stepped: "21 ديسمبر 2026" },
    { lang: "ar", digits: "arab", shown: "٢١ نوفمبر ٢٠٢٦", stepped: "٢١ ديسمبر ٢٠٢٦" },
  ] as const;

  for (const { lang, digits, shown, stepped } of cases) {
    const reading = digits ? `${lang}, ${digits} digits` : lang;
    it(`(${reading}) shows the date as the page writes it and keeps the ISO value`, async () => {
      const query = `?page=overview&lang=${lang}&asOf=${DAY}${digits ? `&digits=${digits}` : ""}`;
      const page = await harness.open(query);
      const seen = await field(page);
      expect(seen.shown).toBe(shown);
      expect(seen.value).toBe(DAY);
      // The browser's month-first Latin text is not drawn over or beside the page's date.
      expect(seen.nativeColor).toBe("rgba(0, 0, 0, 0)");
      // Chromium's calendar button fills about the last 16 px of its side: the date stays clear of it.
      expect(seen.clearance).toBeGreaterThanOrEqual(24);
      if (lang === "ar") await screenshot(page, `date-field-${digits || "latn"}`);
    });

    it(`(${reading}) reached by its label and stepped from the keyboard, the date shown follows`, async () => {
      const page = await harness.open(
        `?page=overview&lang=${lang}&asOf=${DAY}${digits ? `&digits=${digits}` : ""}`,
      );
      // Found by its label, as a reader's tools find it (its name also holds the date shown).
      await page.getByLabel(message(lang, "web.filters.asOf")).focus();
      // en-US fields: month first; ArrowUp steps the month.
      await page.keyboard.press("ArrowUp");
      await expect.poll(() => asOfInUrl(page)).toBe(NEXT_MONTH);
      const seen = await field(page);
      expect(seen.value).toBe(NEXT_MONTH);
      expect(seen.shown).toBe(stepped);
    });
  }

  it("(ar) a page opened without a date shows today's, in the page's words", async () => {
    const page = await harness.open("?page=overview&lang=ar");
    const seen = await field(page);
    expect(seen.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(seen.shown).toBe(formatDate("ar", seen.value));
    expect(seen.shown).toMatch(/^\d{1,2} \p{Script=Arabic}+ \d{4}$/u);
  });
});
