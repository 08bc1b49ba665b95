// Which parent origins may drive an embedded app: the build's list (VITE_COOPNET_ORIGINS)
// and the URL's origins= list, both comma-separated. With both, only origins in both are
// allowed (the address cannot widen what the build allows). null: no list, any origin.

/** The origins of a comma-separated list; entries that are not http(s) origins are dropped. */
export function parseOriginList(text: string | null | undefined): string[] | null {
  if (text === null || text === undefined || !text.trim()) return null;
  const origins = new Set<string>();
  for (const part of text.split(",")) {
    try {
      const url = new URL(part.trim());
      if (url.protocol === "http:" || url.protocol === "https:") origins.add(url.origin);
    } catch {
      // not a URL: left out, so it allows nothing
    }
  }
  return [...origins];
}

export function getAllowedOrigins(buildList: string | null | undefined, urlList: string | null | undefined): string[] | null {
  const fromBuild = parseOriginList(buildList);
  const fromUrl = parseOriginList(urlList);
  if (fromBuild && fromUrl) return fromUrl.filter((o) => fromBuild.includes(o));
  return fromBuild ?? fromUrl;
}
