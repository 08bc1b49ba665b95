// The header's embedding controls: in the full app, the Embed dialog (a chunk of its own,
// loaded on first use; the Export menu opens it); when embedded, the link that opens the
// same view in a new tab, without the frame's parameters.
import { Suspense } from "react";
import { useTranslation } from "../i18n/useTranslation";
import { useViewState } from "../state/hooks";
import type { ViewState } from "../state/viewState";
import { getViewParams } from "./bindings";
import { EmbedDialog } from "./lazyFeatures";

function getViewUrl(state: ViewState, embed: boolean): string {
  const params = getViewParams({ ...state, embed });
  if (!embed) params.delete("origins");
  const search = params.toString();
  return `${location.origin}${location.pathname}${search ? `?${search}` : ""}`;
}

/** The address of the current view as a frame shows it (what the Embed dialog writes). */
export const getEmbedUrl = (state: ViewState) => getViewUrl(state, true);

export function EmbedControls({ dialogUrl, onClose }: { dialogUrl: string | null; onClose(): void }) {
  const { t } = useTranslation();
  const state = useViewState((s) => s);

  if (state.embed) {
    return (
      <a className="lang-toggle open-full" href={getViewUrl(state, false)} target="_blank" rel="noopener" title={t("embed.openFull")} aria-label={t("embed.openFull")}>
        <span className="open-full__text">{t("embed.openFull")}</span>
        <span aria-hidden="true"> ↗</span>
      </a>
    );
  }
  if (!dialogUrl) return null;
  return (
    <Suspense fallback={null}>
      <EmbedDialog viewUrl={dialogUrl} onClose={onClose} />
    </Suspense>
  );
}
