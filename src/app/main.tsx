// Entry point: reads the view from the URL, creates the store, starts loading the graph,
// wires the bindings, and renders the app inside an error boundary once the active language's
// messages are loaded.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createStore } from "../state/store";
import { decodeViewState } from "../state/urlCodec";
import { ViewStoreContext } from "../state/hooks";
import { createI18nStore, type I18n } from "../i18n/i18nStore";
import { I18nProvider } from "../i18n/I18nProvider";
import { loadMessages } from "../i18n/messages";
import { EMBEDDED_DATA_URL } from "../data/embedded";
import { createGraphLoads } from "../data/graphLoads";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";
import { bindDocumentLanguage, bindUrl } from "./bindings";
import "./app.css";

const initial = decodeViewState(
  new URLSearchParams(window.location.search),
  navigator.languages ?? [navigator.language],
  window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false,
);
const store = createStore(initial);
const loads = createGraphLoads();
// the graph loads while the messages arrive and React mounts (index.html started its fetch)
loads.start({ kind: "url", url: initial.data ?? EMBEDDED_DATA_URL });
bindUrl(store);
bindDocumentLanguage(store);
// only the active language's messages load; the other one when the user switches
void loadMessages(initial.lang).then((messages) => render(createI18nStore(initial.lang, { [initial.lang]: messages })));

function render(i18n: I18n) {
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <ViewStoreContext.Provider value={store}>
        <I18nProvider i18n={i18n}>
          <ErrorBoundary
            fallback={(error, reset) => (
              <div role="alert" className="load-alert">
                <strong>{i18n.get().t("errors.title")}</strong>
                <p>{error.message}</p>
                <button type="button" onClick={reset}>
                  {i18n.get().t("app.retry")}
                </button>
              </div>
            )}
          >
            <App loads={loads} />
          </ErrorBoundary>
        </I18nProvider>
      </ViewStoreContext.Provider>
    </StrictMode>,
  );
}
