/**
 * The API benches run halqa's server in a child process (the bench's own file with --child), so that
 * the client's event loop does not share a core with the server's. Both halves are here: the child
 * serves, prints its URL on one line and stops when the parent closes its stdin (or dies); the parent
 * starts it, reads the URL, runs its work and closes the child's stdin whatever happens.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { type ServeOptions, startServer } from "../src/server/serve.ts";

/** The child's half: serve with `options` until the parent lets go. */
export async function serveForParent(options: ServeOptions): Promise<void> {
  const server = await startServer(options);
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  // The parent closes stdin when it is done (or dies): stop then, never linger.
  process.stdin.resume();
  process.stdin.on("end", () => void server.close().then(() => process.exit(0)));
}

/** The parent's half: `script` (a bench's import.meta.url) run with --child, and `work` given its URL. */
export async function withChildServer<T>(script: string, work: (url: URL) => Promise<T>): Promise<T> {
  const server = spawn(process.execPath, ["--import", "tsx", fileURLToPath(script), "--child"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  try {
    const lines = createInterface({ input: server.stdout });
    const first = await new Promise<string>((resolve, reject) => {
      lines.once("line", resolve);
      server.once("exit", (code) => reject(new Error(`server exited with code ${code}`)));
    });
    return await work(new URL(JSON.parse(first).url));
  } finally {
    server.stdin.end();
  }
}
