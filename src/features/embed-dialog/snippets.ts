// The HTML a portal pastes to embed a view: an iframe of the view's address, or embed.js
// with the <coopnet-graph> element, whose lang and node are attributes of their own (so a
// portal can change them later) and whose src carries every other view parameter.
const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function getIframeSnippet(viewUrl: string, title: string): string {
  return `<iframe src="${escapeAttribute(viewUrl)}"\n        title="${escapeAttribute(title)}" width="100%" height="560" allowfullscreen></iframe>`;
}

export function getElementSnippet(viewUrl: string): string {
  const url = new URL(viewUrl);
  const attributes: string[] = [];
  for (const name of ["lang", "node"]) {
    const value = url.searchParams.get(name);
    if (value) attributes.push(`${name}="${escapeAttribute(value)}"`);
    url.searchParams.delete(name);
  }
  url.searchParams.delete("embed");
  const script = new URL("embed.js", url);
  const src = `${url.origin}${url.pathname}${url.search}`;
  return `<script src="${escapeAttribute(script.href)}" defer></script>\n<coopnet-graph src="${escapeAttribute(src)}" ${[...attributes, 'height="auto"'].join(" ")}></coopnet-graph>`;
}
