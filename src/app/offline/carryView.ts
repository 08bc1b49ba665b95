// Opened from disk the offline copy has no URL parameters: it starts on the view it was
// made from, written into the page, by putting them in the address before the app reads
// it. Opened with parameters (a reload after the view changed), the address wins.
import { readOfflineView } from "./offlineView";

if (!window.location.search) {
  const { params } = readOfflineView();
  if (params) window.history.replaceState(null, "", `?${params}${window.location.hash}`);
}
