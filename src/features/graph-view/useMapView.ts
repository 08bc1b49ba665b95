// The map arrangement's part of the picture, loaded (a chunk of its own) the first time the
// map is shown: where the nodes are on the ground (sent to the layout, which pins the places),
// the base map and the drawing of the links across the Sichuan–Chongqing border (handed to
// the renderer while the map is shown, taken away when it is not).
import { useEffect, useMemo, useState, type RefObject } from "react";
import type { LayoutClient } from "../../layout/client";
import type { Lang } from "../../lib/pickText";
import type { GraphModel } from "../../model/graphModel";
import type { Renderer } from "../../render/createRenderer";
import type { LoadedMap } from "../../render/map/mapScene";
import type { ArrangementName } from "../../state/viewState";

interface Loaded {
  model: GraphModel;
  map: LoadedMap;
}

export function useMapView(
  rendererRef: RefObject<Renderer | null>,
  layoutRef: RefObject<LayoutClient | null>,
  model: GraphModel,
  arrangement: ArrangementName,
  lang: Lang,
) {
  const onMap = arrangement === "map";
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const current = loaded?.model === model ? loaded : null;

  useEffect(() => {
    if (!onMap || current) return;
    let live = true;
    import("../../render/map/mapScene")
      .then(({ loadMap }) => live && setLoaded({ model, map: loadMap(model) }))
      // without the map, the layout (waiting for the places) goes on in the usual forces
      .catch(() => live && layoutRef.current?.setGeo({ targets: new Float32Array(0), kind: new Uint8Array(0) }));
    return () => {
      live = false;
    };
  }, [onMap, current, model, layoutRef]);

  useEffect(() => {
    // the layout waits in the map arrangement until it knows where the places are (none is an answer too)
    if (current) layoutRef.current?.setGeo(current.map.placement);
  }, [layoutRef, current]);

  const scene = useMemo(() => (onMap && current ? current.map.scene(lang) : null), [onMap, current, lang]);
  useEffect(() => {
    rendererRef.current?.setMap(scene);
  }, [rendererRef, model, scene]);

  return { noPlaces: onMap && current !== null && current.map.places === 0 };
}
