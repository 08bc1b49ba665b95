// <coopnet-graph>: the script-tag embed, built on its own into dist/embed.js (plain DOM, no
// framework). It frames the app (src=, relative to this script, or absolute), passes the
// host page's language on unless told otherwise, sizes the frame from coopnet:resize when
// height="auto", relays the app's messages as DOM events (coopnet-ready, coopnet-select, …,
// with the message in `detail`), and applies later changes of lang, node and layout through
// messages, without reloading the frame.
import type { IncomingMessage, OutgoingMessage } from "./protocol";

const SCRIPT_URL = (document.currentScript as HTMLScriptElement | null)?.src || location.href;
const TITLE = "成渝教育协同网络 · Chengyu EduNet";

class CoopnetGraph extends HTMLElement {
  static observedAttributes = ["src", "data", "lang", "node", "layout", "height"];
  private frame: HTMLIFrameElement | null = null;
  private origin = "";
  private ready = false;
  private queue: IncomingMessage[] = [];

  connectedCallback(): void {
    if (this.frame) return;
    this.style.display = "block";
    const frame = (this.frame = document.createElement("iframe"));
    frame.title = this.getAttribute("title") || TITLE;
    frame.allowFullscreen = true;
    Object.assign(frame.style, { display: "block", width: "100%", border: "0", height: "480px" });
    (this.shadowRoot ?? this.attachShadow({ mode: "open" })).append(frame);
    window.addEventListener("message", this.onMessage);
    this.applyHeight();
    this.load();
  }

  disconnectedCallback(): void {
    window.removeEventListener("message", this.onMessage);
    this.frame?.remove();
    this.frame = null;
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!this.frame || old === value) return;
    if (name === "height") this.applyHeight();
    else if (!this.ready || name === "src" || name === "data") this.load();
    else if (name === "node") this.send({ type: "coopnet:select", id: value || null });
    else if (name === "lang") this.send({ type: "coopnet:set", lang: this.language() });
    else this.send({ type: "coopnet:set", layout: value || "free" });
  }

  /** Posts a message to the app (queued until it is ready). */
  send(message: IncomingMessage): void {
    if (this.ready) this.frame?.contentWindow?.postMessage(message, this.origin);
    else this.queue.push(message);
  }

  private language(): "zh" | "en" {
    const lang = (this.getAttribute("lang") || this.parentElement?.closest("[lang]")?.getAttribute("lang") || "").toLowerCase();
    return lang.startsWith("en") ? "en" : "zh";
  }

  private load(): void {
    const url = new URL(this.getAttribute("src") || "./", SCRIPT_URL);
    const params = url.searchParams;
    params.set("embed", "1");
    params.set("lang", this.language());
    for (const name of ["node", "data", "layout"]) {
      const value = this.getAttribute(name);
      if (value) params.set(name, value);
    }
    // only this page may drive the frame (a page from a file has no origin to name)
    if (!params.has("origins") && location.origin !== "null") params.set("origins", location.origin);
    this.ready = false;
    this.origin = url.origin;
    this.frame!.src = url.href;
  }

  private applyHeight(): void {
    const height = this.getAttribute("height") || "auto";
    if (height !== "auto") this.frame!.style.height = /^\d+$/.test(height) ? `${height}px` : height;
  }

  private onMessage = (event: MessageEvent): void => {
    const frame = this.frame;
    const data = event.data as OutgoingMessage | null;
    if (!frame || event.source !== frame.contentWindow || event.origin !== this.origin || typeof data?.type !== "string") return;
    if (!data.type.startsWith("coopnet:")) return;
    if (data.type === "coopnet:ready") {
      this.ready = true;
      this.queue.splice(0).forEach((m) => this.send(m));
    }
    if (data.type === "coopnet:resize" && (this.getAttribute("height") || "auto") === "auto") frame.style.height = `${data.height}px`;
    this.dispatchEvent(new CustomEvent(`coopnet-${data.type.slice(8)}`, { detail: data, bubbles: true, composed: true }));
  };
}

if (!customElements.get("coopnet-graph")) customElements.define("coopnet-graph", CoopnetGraph);
