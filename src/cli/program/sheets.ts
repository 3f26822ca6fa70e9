/** `halqa company`, `halqa deal`, `halqa changes`: one company's sheet, one deal's timeline, the digest. */
import type { Command } from "commander";
import { type EntitySearch, findEntity } from "../../core/reports/entity-search.ts";
import type { Language } from "../../i18n/index.ts";
import { message } from "../../i18n/message.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import { isValidIsoDate } from "../../schema/primitives.ts";
import { type CommonOptions, resolveLang } from "../context.ts";
import { CliError } from "../errors.ts";
import { common, loadContext, parseWindow, type Runner } from "./shared.ts";

/** An entity by id or name (en/ar); an unknown or ambiguous name is a usage error listing the closest. */
export function resolveCompany(dataset: Dataset, query: string, lang: Language): string {
  const found: EntitySearch = findEntity(dataset.entities, query);
  if (found.result === "found") return found.id;
  const head = message(lang, `report.sheet.company.${found.result}`, { query });
  const list = found.matches.map((x) => `  ${x.name[lang]} (${x.id})`).join("\n");
  throw new CliError(
    found.matches.length > 0
      ? `${head}${message(lang, "report.sheet.company.closest", { matches: `\n${list}` })}`
      : head,
    2,
  );
}

function isoDate(lang: Language, option: string, value: string): string {
  if (!isValidIsoDate(value))
    throw new CliError(message(lang, "report.sheet.changes.badDate", { option, value }), 2);
  return value;
}

export function registerSheets(program: Command, { io, setExit }: Runner): void {
  common(program.command("company"))
    .argument("<id>")
    .option("--basis <basis>", "", "announced")
    .option("--year <year>")
    .option("--wide")
    .action(async (id: string, options: CommonOptions & { basis: string; year?: string; wide?: boolean }) => {
      const { basis, fromYear } = parseWindow(options);
      const ctx = await loadContext(io, options);
      const entity = resolveCompany(ctx.dataset, id, ctx.lang);
      const [
        { companyReport },
        { BUNDLED_SCENARIOS_DIR, loadScenarios },
        { resolveFraction },
        { printCompany },
      ] = await Promise.all([
        import("../../core/reports/company-report.ts"),
        import("../../io/scenario-files.ts"),
        import("../../schema/scenario.ts"),
        import("../commands/company.ts"),
      ]);
      // The bundled scenarios name the bundled entities; with another dataset they are checked and skipped.
      const { scenarios } = await loadScenarios(BUNDLED_SCENARIOS_DIR, ctx.dataset);
      const report = companyReport(ctx.dataset, entity, {
        asOf: ctx.asOf,
        basis,
        ...(fromYear !== undefined ? { year: fromYear } : {}),
        stress: { scenarios, fraction: (f) => resolveFraction(f, ctx.dataset) ?? Number.NaN },
      });
      if (!report) throw new CliError(message(ctx.lang, "report.sheet.company.unknown", { query: id }), 2);
      setExit(printCompany(ctx.dataset, report, ctx.lang, ctx.json, io, options.wide === true));
    });

  common(program.command("deal"))
    .argument("<id>")
    .option("--wide")
    .action(async (id: string, options: CommonOptions & { wide?: boolean }) => {
      const ctx = await loadContext(io, options);
      const [{ dealTimeline }, { closestMatches }, { printDeal }] = await Promise.all([
        import("../../core/reports/deal-timeline.ts"),
        import("../../core/reports/entity-search.ts"),
        import("../commands/deal.ts"),
      ]);
      const report = dealTimeline(ctx.dataset, id, { asOf: ctx.asOf });
      if (!report) {
        const close = closestMatches(ctx.dataset.deals, (d) => [d.id, d.title.en, d.title.ar], id);
        const list = close.map((d) => `  ${d.id}: ${d.title[ctx.lang]}`).join("\n");
        throw new CliError(
          close.length > 0
            ? `${message(ctx.lang, "report.sheet.deal.unknown", { id })}${message(ctx.lang, "report.sheet.deal.closest", { matches: `\n${list}` })}`
            : message(ctx.lang, "report.sheet.deal.unknown", { id }),
          2,
        );
      }
      setExit(printDeal(ctx.dataset, report, ctx.lang, ctx.json, io, options.wide === true));
    });

  common(program.command("changes"))
    .requiredOption("--since <date>")
    .option("--until <date>")
    .option("--entity <id>")
    .option("--wide")
    .action(
      async (options: CommonOptions & { since: string; until?: string; entity?: string; wide?: boolean }) => {
        const lang = resolveLang(io, options.lang);
        const since = isoDate(lang, "--since", options.since);
        const until = options.until === undefined ? undefined : isoDate(lang, "--until", options.until);
        const ctx = await loadContext(io, options);
        const end = until ?? ctx.asOf;
        if (since > end && !end.startsWith(since))
          throw new CliError(message(lang, "report.sheet.changes.order", { since, until: end }), 2);
        const entity =
          options.entity === undefined ? undefined : resolveCompany(ctx.dataset, options.entity, lang);
        const [{ changesReport }, { printChanges }] = await Promise.all([
          import("../../core/reports/changes-report.ts"),
          import("../commands/changes.ts"),
        ]);
        const report = changesReport(ctx.dataset, {
          since,
          until: end,
          ...(entity !== undefined ? { entity } : {}),
        });
        setExit(printChanges(ctx.dataset, report, ctx.lang, ctx.json, io, options.wide === true));
      },
    );
}
