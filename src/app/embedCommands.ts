// What a portal's messages do to the view. A coopnet:set's fields are URL parameters, so
// the change goes through the URL codec: the view's parameters with the message's written
// over them, read back. Parameters the codec does not know yet (story=, step=) pass
// through the same way and take effect once the view state reads them.
import type { FilterFields, SetMessage, StateMessage } from "../embed/protocol";
import type { ViewState } from "../state/viewState";
import { getViewParams, readViewParams } from "./bindings";

function writeFilters(params: URLSearchParams, filters: FilterFields): void {
  for (const [key, value] of Object.entries(filters) as [string, string[] | number | null][]) {
    params.delete(key);
    if (Array.isArray(value)) for (const v of value) params.append(key, v);
    else if (value !== null && value !== 0) params.set(key, String(value));
  }
}

/** The view after a portal's coopnet:set; the same object when nothing changes. */
export function viewStateAfterSet(state: ViewState, msg: SetMessage, hasNode: (id: string) => boolean, win: Window = window): ViewState {
  const before = getViewParams(state, win);
  const params = new URLSearchParams(before);
  if (msg.lang) params.set("lang", msg.lang);
  if (msg.layout) params.set("layout", msg.layout);
  if (msg.node === null) params.delete("node");
  else if (msg.node !== undefined && hasNode(msg.node)) params.set("node", msg.node);
  if (msg.filters) writeFilters(params, msg.filters);
  if (msg.story !== undefined) params.set("story", msg.story);
  if (msg.step !== undefined) params.set("step", String(msg.step));
  const next = readViewParams(params, win);
  return getViewParams(next, win).toString() === before.toString() ? state : next;
}

/** The answer to coopnet:get. */
export function describeViewState(state: ViewState, win: Window = window): StateMessage {
  const params = getViewParams(state, win);
  const f = state.filters;
  return {
    type: "coopnet:state",
    params: params.toString(),
    lang: state.lang,
    node: state.selected,
    layout: state.arrangement,
    view: state.view,
    filters: {
      hideType: [...f.hiddenTypes],
      hideRegion: [...f.hiddenRegions],
      hideRelation: [...f.hiddenRelations],
      from: f.yearFrom,
      to: f.yearTo,
      depth: f.depth,
    },
  };
}
