// Entry point: once boot.ts has started the graph's load and the messages, creates the
// store and the bindings (URL, document language), and renders the app inside an error
// boundary when the active language's messages are in.
import { initial, loads, messages } from "./boot";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createStore } from "../state/store";
import { ViewStoreContext } from "../state/hooks";
import { createI18nStore, type I18n } from "../i18n/i18nStore";
import { I18nProvider } from "../i18n/I18nProvider";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";
import { bindDocumentLanguage, bindUrl } from "./bindings";
import "./app.css";

const store = createStore(initial);
bindUrl(store);
bindDocumentLanguage(store);
// (not a top-level await: that would make the bundler split the entry's modules into
// shared chunks, each one more request before the first picture)
void messages.then((m) => render(createI18nStore(initial.lang, { [initial.lang]: m })));

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
