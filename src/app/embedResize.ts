// coopnet:resize: the height the framed app's content wants, so a portal can size the frame
// to fit with no inner scrollbar. The picture wants a height that grows with the width
// (3:4, between 360 and 720 pixels); an open detail panel wants room for all of its text,
// beside the picture or, as a bottom sheet, over the share of it the sheet may take.
const MIN_PICTURE = 360;
const MAX_PICTURE = 720;
const MAX_HEIGHT = 1600;

function panelWants(panel: HTMLElement, win: Window): number {
  let natural = 0;
  for (const child of panel.children) natural += child === panel.lastElementChild ? child.scrollHeight : child.getBoundingClientRect().height;
  const style = win.getComputedStyle(panel);
  const share = style.position === "absolute" && style.maxHeight.endsWith("%") ? parseFloat(style.maxHeight) / 100 : 1;
  return Math.ceil(share > 0 ? natural / share : natural);
}

function getWantedHeight(root: HTMLElement, win: Window = window): number {
  let chrome = 0;
  let workspace: HTMLElement | null = null;
  for (const child of root.children) {
    if (child.classList.contains("workspace")) workspace = child as HTMLElement;
    else chrome += child.getBoundingClientRect().height;
  }
  const picture = Math.min(MAX_PICTURE, Math.max(MIN_PICTURE, Math.round(root.clientWidth * 0.75)));
  const panel = workspace?.querySelector<HTMLElement>(".detail-panel");
  const content = panel ? Math.max(picture, panelWants(panel, win)) : picture;
  return Math.min(MAX_HEIGHT, Math.ceil(chrome + content));
}

/** Posts the wanted height now and whenever it changes; returns the unbind. */
export function bindEmbedResize(root: HTMLElement, post: (height: number) => void, win: Window = window): () => void {
  let last = -1;
  let frame = 0;
  const resize = new ResizeObserver(() => schedule());
  const measure = () => {
    frame = 0;
    // the panel's text grows inside its scrolling body without resizing the panel: watch the text's own boxes
    root.querySelectorAll(".detail-panel__body > *").forEach((el) => resize.observe(el));
    const height = getWantedHeight(root, win);
    if (height !== last) post((last = height));
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(measure);
  };
  resize.observe(root);
  // late fonts (the CJK faces) change the height of every line of text
  win.document.fonts?.addEventListener("loadingdone", schedule);
  const mutations = new MutationObserver(schedule);
  mutations.observe(root, { childList: true, subtree: true });
  measure();
  return () => {
    resize.disconnect();
    mutations.disconnect();
    win.document.fonts?.removeEventListener("loadingdone", schedule);
    if (frame) win.cancelAnimationFrame(frame);
  };
}
