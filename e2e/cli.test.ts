/**
 * The installed command as a user runs it: a real process through bin/halqa.js (tsx loader included),
 * on the bundled dataset. Guards `npm start` and `npx halqa --help`.
 */
import { execFile, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../bin/halqa.js", import.meta.url));
const exec = promisify(execFile);

async function halqa(...args: string[]) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], {
      env: { ...process.env, HALQA_LANG: "en" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("bin/halqa.js", { timeout: 30_000 }, () => {
  it("prints help", async () => {
    const r = await halqa("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: halqa");
  });

  it("stops quietly when the reader closes the pipe early (halqa … | head)", async () => {
    const child = spawn(process.execPath, [BIN, "circularity", "--json"], {
      env: { ...process.env, HALQA_LANG: "en" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("summarises the bundled dataset", async () => {
    const r = await halqa("summary", "--as-of", "2026-11-21");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Totals by value basis");
    expect(r.stdout).toContain("Largest deals");
  });

  it("validates the bundled dataset", async () => {
    const r = await halqa("data", "validate");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Valid: \d+ files, \d+ records[.,]/);
  });

  it("exits 2 on an unknown command, with the usage and no stack trace", async () => {
    const r = await halqa("flws");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("serves the API on a free port and stops on SIGTERM", async () => {
    const child = spawn(process.execPath, [BIN, "serve", "--port", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
        if (match) resolve(match[0]);
      });
      child.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
    });
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get("x-content-type-options")).toBe("nosniff");
    const closed = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.kill("SIGTERM");
    expect(await closed).toBe(0);
  });
});
