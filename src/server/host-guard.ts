/**
 * DNS rebinding guard: a page on another site can make a browser send requests to a server on this
 * machine under its own host name, so the server answers only requests whose `Host` names it — the
 * loopback names, the address it was bound to and the names the user allowed (`--allow-host`).
 * Anything else is refused with 421 and a coded error, before any route runs.
 */
import { ApiError, errorBody } from "./errors.ts";
import { requestLanguage } from "./http.ts";

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1"];
/** Addresses that bind every interface: not a name a client can use, so never allowed as one. */
const WILDCARDS = new Set(["", "0.0.0.0", "::", "[::]"]);

/** True when binding `host` keeps the server on this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = bare(host);
  return LOOPBACK_NAMES.includes(h) || /^127(?:\.\d{1,3}){3}$/.test(h);
}

/** The host names requests may carry: loopback names, the bound host (unless a wildcard), extras. */
export function allowedHostNames(boundHost: string, extra: readonly string[] = []): Set<string> {
  const names = new Set(LOOPBACK_NAMES);
  if (!WILDCARDS.has(boundHost.trim())) names.add(bare(boundHost));
  for (const name of extra) if (!WILDCARDS.has(name.trim())) names.add(bare(name));
  return names;
}

/** The name part of a Host header or a host option: lower case, port and IPv6 brackets removed. */
export function bare(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(1, h.indexOf("]") < 0 ? undefined : h.indexOf("]"));
  // One colon is a port; more than one is an IPv6 address without brackets (no port possible).
  const colons = h.split(":").length - 1;
  return colons === 1 ? (h.split(":")[0] as string) : h.replace(/\.$/, "");
}

/** The refusal for a request whose Host is not allowed, or null to let it through. */
export function hostRefusal(request: Request, allowed: ReadonlySet<string>): Response | null {
  const header = request.headers.get("host");
  if (header !== null && allowed.has(bare(header))) return null;
  const lang = requestLanguage(request.url, request.headers.get("accept-language"));
  const error = new ApiError(421, {
    code: "host-not-allowed",
    params: { host: header ?? "", name: header === null ? "" : bare(header), allowed: [...allowed] },
  });
  return new Response(JSON.stringify(errorBody(error, lang)), {
    status: 421,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}
