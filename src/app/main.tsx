// Entry point: reads the view from the URL, creates the store, i18n and query client,
// wires the bindings, renders the app inside an error boundary.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { I18nextProvider } from "react-i18next";
import { createStore } from "../state/store";
import { decodeViewState } from "../state/urlCodec";
import { ViewStoreContext } from "../state/hooks";
import { createI18n } from "../i18n/i18n";
import { App, defaultDataUrl } from "./App";
import { graphQuery } from "../data/graphQuery";
import { ErrorBoundary } from "./ErrorBoundary";
import { bindDocumentLanguage, bindUrl } from "./bindings";
import "./app.css";

const initial = decodeViewState(
  new URLSearchParams(window.location.search),
  navigator.languages ?? [navigator.language],
  window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false,
);
const store = createStore(initial);
const i18n = createI18n(initial.lang);
const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
// start loading the graph before React renders: the fetch and the parse run while the UI mounts
void queryClient.prefetchQuery(graphQuery({ kind: "url", url: initial.data ?? defaultDataUrl }));
bindUrl(store);
bindDocumentLanguage(store);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ViewStoreContext.Provider value={store}>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <ErrorBoundary
            fallback={(error, reset) => (
              <div role="alert" className="load-alert">
                <strong>{i18n.t("errors.title")}</strong>
                <p>{error.message}</p>
                <button type="button" onClick={reset}>
                  {i18n.t("app.retry")}
                </button>
              </div>
            )}
          >
            <App />
          </ErrorBoundary>
        </QueryClientProvider>
      </I18nextProvider>
    </ViewStoreContext.Provider>
  </StrictMode>,
);
