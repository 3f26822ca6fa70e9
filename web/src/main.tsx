/** The dashboard's entry: marks the start for the time-to-first-render measurement and mounts the app. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { loadPage } from "./app/use-page.ts";
import { prefetchSummary } from "./data/served-summary.ts";
import { fetchModel } from "./data/use-model.ts";
import { loadLanguage } from "./i18n/load-language.ts";
import { todayIso } from "./model/filter.ts";
import { currentView } from "./state/use-view.ts";
import "./styles.css";

performance.mark("halqa:start");
// The dataset, the first page's code and (for Arabic) the page's words load side by side, before React first renders.
const first = currentView();
// The overview's headline figures, computed by the server while the dataset is on its way.
if (first.page === "overview") prefetchSummary(first.asOf ?? todayIso());
fetchModel().catch(() => undefined);
loadPage(currentView().page).catch(() => undefined);
loadLanguage(currentView().lang).catch(() => undefined);
const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
