/** Help in the reader's language: every text from the catalogue, the language read before commander parses. */
import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { hasMessage } from "../i18n/message.ts";
import { captureIo } from "../testing/capture-io.ts";
import { helpLanguage } from "./help.ts";
import { buildProgram, main } from "./main.ts";

describe("helpLanguage", () => {
  it("reads --lang anywhere on the line, the last one winning, else $HALQA_LANG, else English", () => {
    expect(helpLanguage(["stress", "--help", "--lang", "ar"], {})).toBe("ar");
    expect(helpLanguage(["--lang=ar", "ledger", "scan", "--help"], {})).toBe("ar");
    expect(helpLanguage(["--help"], { HALQA_LANG: "ar" })).toBe("ar");
    expect(helpLanguage(["--lang", "ar", "--lang", "en", "--help"], {})).toBe("en");
    expect(helpLanguage(["--lang", "fr", "--help"], { HALQA_LANG: "ar" })).toBe("en");
    expect(helpLanguage(["--help"], {})).toBe("en");
  });
});

describe("the help catalogue", () => {
  it("holds a text for every command, argument and option of the program, in both languages", () => {
    const missing: string[] = [];
    const walk = (command: Command, path: string[]) => {
      const base = `cli.help.commands.${path.length > 0 ? path.join("-") : "halqa"}`;
      const need = (key: string) => {
        for (const lang of ["en", "ar"] as const) if (!hasMessage(lang, key)) missing.push(`${lang} ${key}`);
      };
      need(`${base}.summary`);
      for (const argument of command.registeredArguments) need(`${base}.arguments.${argument.name()}`);
      for (const option of command.options) {
        const flag = option.long ?? option.short ?? "";
        const own = `${base}.options.${flag}`;
        need(hasMessage("en", own) ? own : `cli.help.options.${flag}`);
      }
      for (const sub of command.commands) walk(sub, [...path, sub.name()]);
    };
    walk(buildProgram(captureIo()).program, []);
    expect(missing).toEqual([]);
  });

  it("prints the long texts after the options once, in the language asked", async () => {
    const en = captureIo();
    await main(["ledger", "scan", "--help"], en);
    expect(en.out().split("What counts as a cycle:")).toHaveLength(2);
    const ar = captureIo();
    await main(["ledger", "scan", "--help", "--lang", "ar"], ar);
    expect(ar.out().split("ما يُعدّ حلقة:")).toHaveLength(2);
    expect(ar.out()).not.toContain("What counts");
  });

  it("lists commands in Arabic as the line a reader types, and defaults as the option with its value", async () => {
    const io = captureIo();
    await main(["data", "--help", "--lang", "ar"], io);
    expect(io.out()).toContain("\u2066halqa data export [options]\u2069");
    const flows = captureIo();
    await main(["flows", "--help", "--lang", "ar"], flows);
    expect(flows.out()).toContain("الافتراضي: \u2066--basis committed\u2069");
  });
});
