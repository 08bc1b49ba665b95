// Tells the format of a file from its content first (JSON and XML are unambiguous), then
// from its name and MIME type. Our JSON and node-link JSON are told apart after parsing.
export type GraphFormat = "json" | "node-link" | "gexf" | "graphml" | "csv";
export type SniffedFormat = "json" | "gexf" | "graphml" | "xml" | "csv" | undefined;

const extension = (file: string) => /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(file)?.[1]?.toLowerCase() ?? "";

export function sniffFormat(text: string, file: string, mime = ""): SniffedFormat {
  const head = text.slice(0, 65536).replace(/^\uFEFF/, "").trimStart();
  const ext = extension(file);
  if (head.startsWith("{") || head.startsWith("[")) return "json";
  if (head.startsWith("<")) {
    if (/<(?:[\w-]+:)?gexf[\s>]/.test(head) || ext === "gexf") return "gexf";
    if (/<(?:[\w-]+:)?graphml[\s>]/.test(head) || ext === "graphml") return "graphml";
    return "xml";
  }
  if (ext === "json" || /json/i.test(mime)) return "json";
  if (["csv", "tsv", "tab", "txt"].includes(ext) || /csv|tab-separated/i.test(mime)) return "csv";
  const firstLine = head.split(/\r?\n/, 1)[0] ?? "";
  return /[,;\t]/.test(firstLine) ? "csv" : undefined;
}
