/**
 * What the dashboard's end-to-end tests share: a fresh build of the app (dist/web is reused when it is
 * newer than every file it is built from), halqa's server on a free port serving it, and Debian's
 * Chromium driven by playwright-core, with every console error and page error recorded.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { BUNDLED_DATA_DIR } from "../../src/io/paths.ts";
import { type RunningServer, startServer } from "../../src/server/serve.ts";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const WEB_DIR = join(ROOT, "dist", "web");
export const SCREENSHOTS = join(ROOT, "e2e", "screenshots");
export const CHROMIUM = "/usr/bin/chromium";
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
/** Without Chromium the browser tests are skipped, except in CI (CI set), where they fail instead. */
export const RUN_IN_CHROMIUM = HAVE_CHROMIUM || Boolean(process.env.CI);
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** What the build reads: when any of it is newer than dist/web/index.html, the app is built again. */
const INPUTS = ["web", "src/core", "src/i18n", "src/schema", "vite.config.ts", "package.json"];

function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function buildIsFresh(): boolean {
  const index = join(WEB_DIR, "index.html");
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return INPUTS.every((input) => newest(join(ROOT, input)) <= built);
}

/**
 * One build at a time: the e2e files run in parallel workers, and a build empties dist/web, so a
 * second build would pull the files from under the first file's server. A directory is the lock
 * (mkdir is atomic); a lock older than two minutes is a crashed build's and is taken over.
 */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = join(ROOT, "dist", ".web-build.lock");
  mkdirSync(join(ROOT, "dist"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (existsSync(lock) ? statSync(lock).mtimeMs : Date.now());
      if (age > 120_000) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds the app with Vite (in a child process, as `vite build` would run) unless dist/web is fresh. */
export async function buildApp(): Promise<{ built: boolean; seconds: number }> {
  return withBuildLock(buildUnlocked);
}

async function buildUnlocked(): Promise<{ built: boolean; seconds: number }> {
  const started = performance.now();
  if (buildIsFresh()) return { built: false, seconds: 0 };
  const vite = join(ROOT, "node_modules", "vite", "bin", "vite.js");
  await new Promise<void>((resolve, reject) => {
    // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    const child = spawn(process.execPath, [vite, "build", "--logLevel", "warn"], {
      cwd: ROOT,
      stdio: "pipe",
      env: { ...process.env, NODE_ENV: "production" },
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed (${code}):\n${output}`)),
    );
  });
  return { built: true, seconds: (performance.now() - started) / 1000 };
}

export type Harness = {
  server: RunningServer;
  browser: Browser;
  /** Console errors and uncaught page errors, from every page opened with `open`. */
  errors: string[];
  open: (query: string, options?: { viewport?: { width: number; height: number } }) => Promise<Page>;
  close: () => Promise<void>;
};

export async function startHarness(): Promise<Harness> {
  const server = await startServer({ dataDir: BUNDLED_DATA_DIR, port: 0, webDir: WEB_DIR });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const errors: string[] = [];
  const pages: Page[] = [];
  return {
    server,
    browser,
    errors,
    open: async (query, options = {}) => {
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1360, height: 900 },
        acceptDownloads: true,
        locale: "en-US",
      });
      const page = await context.newPage();
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}\n${error.stack ?? ""}`));
      pages.push(page);
      await page.goto(`${server.url}/${query}`);
      await waitForFirstRender(page);
      return page;
    },
    close: async () => {
      for (const page of pages) await page.context().close();
      await browser.close();
      await server.close();
    },
  };
}

export type DashboardOptions = {
  /** Work for the tests once the app is built, before the server starts: loading the dataset, the engine's figures. */
  prepare?: (build: { built: boolean; seconds: number }) => Promise<void> | void;
  /** Work after the browser and the server have closed: writing the suite's timings beside the screenshots. */
  finish?: () => void;
  /** How long the build, `prepare` and the start may take together. */
  timeout?: number;
};

/**
 * The set-up every browser suite shares, called inside its `describe.skipIf(!RUN_IN_CHROMIUM)`: the
 * app built, the server and Chromium started before the first test; after each test, no page may
 * have logged an error; after the last, everything closed. Returns the harness; its fields are read
 * when a test runs (before then the harness does not exist yet).
 */
export function useDashboard(options: DashboardOptions = {}): Harness {
  let started: Harness | undefined;
  const harness = (): Harness => {
    if (!started) throw new Error("the dashboard harness is used before its beforeAll has started it");
    return started;
  };
  if (!RUN_IN_CHROMIUM)
    console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`Chromium is missing at ${CHROMIUM}: the e2e tests cannot run`);
    const build = await buildApp();
    await options.prepare?.(build);
    started = await startHarness();
  }, options.timeout ?? 180_000);

  afterEach(() => {
    expect(harness().errors).toEqual([]);
  });

  afterAll(async () => {
    await started?.close();
    options.finish?.();
  });

  return {
    get server() {
      return harness().server;
    },
    get browser() {
      return harness().browser;
    },
    get errors() {
      return harness().errors;
    },
    open: (query, openOptions) => harness().open(query, openOptions),
    close: () => harness().close(),
  };
}

/** Waits for the dashboard's own mark: the page has drawn with its data. */
export async function waitForFirstRender(page: Page): Promise<void> {
  // A function, not a string: a string would be evaluated in the page, which its CSP forbids.
  await page.waitForFunction(() => performance.getEntriesByName("halqa:first-render").length > 0, null, {
    timeout: 20_000,
  });
}

export type RenderTimes = { firstContentfulPaint: number; dataLoaded: number; firstRender: number };

/**
 * Milliseconds from the navigation's start to the first paint (the shell), to the dataset's arrival,
 * and to the first render of the page with its data and charts (the dashboard's own marks).
 */
export async function renderTimes(page: Page): Promise<RenderTimes> {
  return await page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? -1;
    return {
      firstContentfulPaint: at("first-contentful-paint"),
      dataLoaded: at("halqa:data-loaded"),
      firstRender: at("halqa:first-render"),
    };
  });
}

/** Screenshots go to e2e/screenshots (which ignores its own contents in git). */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!existsSync(SCREENSHOTS)) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, ".gitignore"), "*\n");
  }
  // Charts redraw without animation on resize; give the first draw's animation time to end.
  await page.waitForTimeout(450);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
