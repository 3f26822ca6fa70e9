/**
 * HTML to PDF through headless Chromium (the browser the dashboard's tests already use): the page is
 * written to a private temporary folder, printed there, and the PDF renamed over the target only when
 * Chromium succeeded, so a failed print leaves no half file and never touches an existing one.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The browser to print with: $HALQA_CHROMIUM, else the first one installed, else null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const asked = env.HALQA_CHROMIUM;
  if (asked) return existsSync(asked) ? asked : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export type PdfResult =
  | { ok: true; bytes: number }
  | { ok: false; code: "no-chromium" | "print-failed"; detail: string };

export async function printPdf(
  html: string,
  out: string,
  chromium: string | null = findChromium(),
): Promise<PdfResult> {
  if (!chromium) return { ok: false, code: "no-chromium", detail: CANDIDATES.join(", ") };
  const work = await mkdtemp(join(tmpdir(), "halqa-brief-"));
  try {
    const page = join(work, "brief.html");
    const pdf = join(work, "brief.pdf");
    await writeFile(page, html, "utf8");
    const args = [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--no-pdf-header-footer",
      `--user-data-dir=${join(work, "profile")}`,
      `--print-to-pdf=${pdf}`,
      pathToFileURL(page).href,
    ];
    const failure = await run(chromium, args);
    const printed = await stat(pdf).catch(() => null);
    if (failure !== null || !printed || printed.size === 0)
      return { ok: false, code: "print-failed", detail: failure ?? "no PDF written" };
    await rename(pdf, resolve(out)).catch(async () => {
      // Another file system: copy through a write, still only after the print succeeded.
      const { copyFile } = await import("node:fs/promises");
      await copyFile(pdf, resolve(out));
    });
    return { ok: true, bytes: printed.size };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function run(file: string, args: readonly string[]): Promise<string | null> {
  return new Promise((done) => {
    execFile(file, args, { timeout: 120_000 }, (error, _stdout, stderr) =>
      done(error ? `${error.message}\n${String(stderr).slice(-400)}` : null),
    );
  });
}
