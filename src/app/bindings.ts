// Side effects of the view state, wired once in the app: the URL, the document language,
// performance marks. Each bind returns its unbind.
import type { Store } from "../state/store";
import { decodeViewState, encodeViewState } from "../state/urlCodec";
import { replaceState, type ViewState } from "../state/viewState";

const prefersDark = (win: Window) => win.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;

/** Every parameter of the address with the given view written in: what reproduces it. */
export function getViewParams(state: ViewState, win: Window = window): URLSearchParams {
  return encodeViewState(state, new URLSearchParams(win.location.search), prefersDark(win));
}

/** The view these parameters describe, with the browser's languages and colour scheme as the defaults. */
export function readViewParams(params: URLSearchParams, win: Window = window): ViewState {
  const nav = win.navigator;
  return decodeViewState(params, nav.languages?.length ? nav.languages : [nav.language], prefersDark(win));
}

/** The view the address describes, with the browser's languages and colour scheme as the defaults. */
export function readUrlViewState(win: Window = window): ViewState {
  return readViewParams(new URLSearchParams(win.location.search), win);
}

export function bindUrl(store: Store<ViewState>, win: Window = window): () => void {
  const offStore = store.subscribe((next, prev) => {
    const search = getViewParams(next, win).toString();
    const url = `${win.location.pathname}${search ? `?${search}` : ""}${win.location.hash}`;
    if (url === `${win.location.pathname}${win.location.search}${win.location.hash}`) return;
    // a new selection or view is a step the back button returns from; the language is not
    if (next.selected !== prev.selected || next.view !== prev.view) win.history.pushState(null, "", url);
    else win.history.replaceState(null, "", url);
  });
  const onPop = () => store.update(replaceState(readUrlViewState(win)));
  win.addEventListener("popstate", onPop);
  return () => {
    offStore();
    win.removeEventListener("popstate", onPop);
  };
}

export function bindDocumentLanguage(store: Store<ViewState>, doc: Document = document): () => void {
  const apply = (s: ViewState) => {
    doc.documentElement.lang = s.lang === "zh" ? "zh-CN" : "en";
  };
  apply(store.get());
  return store.subscribe(apply);
}

const marked = new Set<string>();
/** Sets a User Timing mark once per page load (the contract's graph:* signals). */
export function markOnce(name: string): void {
  if (marked.has(name) || typeof performance === "undefined" || !performance.mark) return;
  marked.add(name);
  performance.mark(name);
}
