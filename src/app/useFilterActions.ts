// What the legend's toggles do to the view state; "only" choices are made against the
// types present in the model.
import { useMemo } from "react";
import type { FilterActions } from "../features/filters/FilterLegend";
import type { GraphModel } from "../model/graphModel";
import type { Store } from "../state/store";
import {
  resetFilters, setDepth, setYearRange, showOnlyNodeTypes, toggleNodeType, toggleRegion, toggleRelation, type ViewState,
} from "../state/viewState";

export function useFilterActions(store: Store<ViewState>, model: GraphModel | null): FilterActions {
  return useMemo(
    () => ({
      toggleType: (type) => store.update(toggleNodeType(type)),
      onlyTypes: (types) => store.update(showOnlyNodeTypes(types, [...new Set((model?.nodes ?? []).map((n) => n.type))])),
      toggleRegion: (region) => store.update(toggleRegion(region)),
      toggleRelation: (type) => store.update(toggleRelation(type)),
      onlyRelations: (types) =>
        store.update((s) => {
          const all = [...new Set((model?.edges ?? []).map((e) => e.type))];
          return { ...s, filters: { ...s.filters, hiddenRelations: types.length ? all.filter((x) => !types.includes(x)) : [] } };
        }),
      setYears: (from, to) => store.update(setYearRange(from, to)),
      setDepth: (depth) => store.update(setDepth(depth)),
      reset: () => store.update(resetFilters()),
    }),
    [store, model],
  );
}
