// The implementations under test: where each page lives and how its layout ends.

export const SETTLE_LIMIT_S = 60;

const dataParam = (file) => encodeURIComponent(`/data/${file}`);

/**
 * url(files): the page for a graph under /data/ ({app, nodeLink}: its file in the app's format
 * and as node-link JSON), or, for ours, files null: the embedded seed dataset.
 * @type {Record<string, {url: (files: {app: string, nodeLink: string}|null) => string, stoppedLabel: string}>}
 */
export const IMPLS = {
  ours: {
    url: (files) => (files == null ? "/app/?lang=en" : `/app/?data=${dataParam(files.app)}&lang=en`),
    stoppedLabel: `not settled in ${SETTLE_LIMIT_S} s`,
  },
  "force-graph": {
    url: (files) => `/peers/force-graph/?data=${dataParam(files.nodeLink)}`,
    stoppedLabel: `not settled in ${SETTLE_LIMIT_S} s (cooldownTime)`,
  },
  sigma: {
    url: (files) => `/peers/sigma/?data=${dataParam(files.nodeLink)}`,
    stoppedLabel: "not settled (stopped at 30 s)",
  },
};

/** The implementations the zoomed-in pan runs on: both zoom by d3-zoom's wheel steps (see measure.mjs). */
export const ZOOM_PAN_IMPLS = ["ours", "force-graph"];
