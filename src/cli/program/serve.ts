/** `halqa serve`: the HTTP API (and the dashboard, once built) on 127.0.0.1. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { problemMessage } from "../../i18n/index.ts";
import { PACKAGE_ROOT } from "../../io/paths.ts";
import { resolveDataDir, resolveLang } from "../context.ts";
import { CliError, usageError } from "../errors.ts";
import { describeProblems, formatProblems } from "../load.ts";
import type { Runner } from "./shared.ts";

export const DEFAULT_PORT = 5177;

type ServeCli = { data?: string; port?: string; host: string; allowHost?: string; lang?: string };

/** The built dashboard (`npm run build:web`), when there is one. */
export function builtWebDir(): string | undefined {
  const dir = join(PACKAGE_ROOT, "dist", "web");
  return existsSync(join(dir, "index.html")) ? dir : undefined;
}

export function registerServe(program: Command, { io, setExit }: Runner): void {
  program
    .command("serve")
    .option("--data <dir>")
    .option("--port <port>")
    .option("--host <host>", "", "127.0.0.1")
    .option("--allow-host <names>")
    .option("--lang <lang>")
    .action(async (options: ServeCli) => {
      const lang = resolveLang(io, options.lang);
      const port = parsePort(options.port ?? io.env.PORT ?? String(DEFAULT_PORT));
      const allowHosts = (options.allowHost ?? "")
        .split(",")
        .map((h) => h.trim())
        .filter((h) => h !== "");
      const { DatasetLoadError, startServer } = await import("../../server/serve.ts");
      const { isLoopbackHost } = await import("../../server/host-guard.ts");
      const say = (code: string, params: Record<string, unknown>) => problemMessage(lang, code, params);

      try {
        const webDir = builtWebDir();
        const server = await startServer({
          dataDir: resolveDataDir(options.data),
          port,
          host: options.host,
          allowHosts,
          ...(webDir ? { webDir } : {}),
        });
        // Said once the socket is open, so a host that cannot be bound gets only its error.
        if (!isLoopbackHost(options.host)) {
          io.stderr(`halqa: [serve-not-loopback] ${say("serve-not-loopback", { host: options.host })}`);
        }
        io.stdout(
          webDir
            ? `halqa dashboard on ${server.url}/ — API on ${server.url}/api (documentation: ${server.url}/api/docs). Ctrl+C stops it.`
            : `halqa API on ${server.url}/api (documentation: ${server.url}/api/docs); no dashboard built (npm run build:web). Ctrl+C stops it.`,
        );
        await new Promise<void>((resolve) => {
          const stop = () => {
            void server.close().then(resolve);
          };
          process.once("SIGINT", stop);
          process.once("SIGTERM", stop);
        });
        setExit(0);
      } catch (error) {
        if (error instanceof DatasetLoadError) {
          io.stderr(formatProblems(describeProblems(error.problems, lang)));
          throw new CliError(error.message, 1);
        }
        const code = (error as { code?: string }).code;
        if (code === "EADDRINUSE") throw usageError("serve-port-in-use", { port: String(port) }, 1);
        if (code === "EACCES") throw usageError("serve-port-denied", { port: String(port) }, 1);
        // A name that does not resolve, or an address of another machine: say so, never a stack.
        if (code === "ENOTFOUND" || code === "EAI_AGAIN")
          throw new CliError(`[serve-host-unknown] ${say("serve-host-unknown", { host: options.host })}`, 1);
        if (code === "EADDRNOTAVAIL")
          throw new CliError(
            `[serve-host-not-local] ${say("serve-host-not-local", { host: options.host })}`,
            1,
          );
        throw error;
      }
    });
}

function parsePort(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) > 65_535) throw usageError("option-port", { value: text });
  return Number(text);
}
