// The header's embedding controls: in the full app, the Embed button and its dialog (a
// chunk of its own, loaded on first use); when embedded, the link that opens the same
// view in a new tab, without the frame's parameters.
import { Suspense, useState } from "react";
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

export function EmbedControls() {
  const { t } = useTranslation();
  const state = useViewState((s) => s);
  const [dialogUrl, setDialogUrl] = useState<string | null>(null);

  if (state.embed) {
    return (
      <a className="lang-toggle open-full" href={getViewUrl(state, false)} target="_blank" rel="noopener" title={t("embed.openFull")} aria-label={t("embed.openFull")}>
        <span className="open-full__text">{t("embed.openFull")}</span>
        <span aria-hidden="true"> ↗</span>
      </a>
    );
  }
  return (
    <>
      <button type="button" className="lang-toggle" aria-haspopup="dialog" onClick={() => setDialogUrl(getViewUrl(state, true))}>
        {t("embed.open")}
      </button>
      {dialogUrl && (
        <Suspense fallback={null}>
          <EmbedDialog viewUrl={dialogUrl} onClose={() => setDialogUrl(null)} />
        </Suspense>
      )}
    </>
  );
}
