// The implementations under test: where each page lives and how its layout ends.
import { appFileName, nodeLinkFileName } from "./generate.mjs";

export const SETTLE_LIMIT_S = 60;

/** @type {Record<string, {url: (size: number|null) => string, stoppedLabel: string}>} */
export const IMPLS = {
  ours: {
    // size null: the embedded seed dataset
    url: (size) =>
      size == null ? "/app/?lang=en" : `/app/?data=${encodeURIComponent(`/data/${appFileName(size)}`)}&lang=en`,
    stoppedLabel: `not settled in ${SETTLE_LIMIT_S} s`,
  },
  "force-graph": {
    url: (size) => `/peers/force-graph/?data=${encodeURIComponent(`/data/${nodeLinkFileName(size)}`)}`,
    stoppedLabel: `not settled in ${SETTLE_LIMIT_S} s (cooldownTime)`,
  },
  sigma: {
    url: (size) => `/peers/sigma/?data=${encodeURIComponent(`/data/${nodeLinkFileName(size)}`)}`,
    stoppedLabel: "not settled (stopped at 30 s)",
  },
};
