// The stable codes of every load error and warning, each with an English and a Chinese
// message template ({{name}} placeholders), so the UI can translate
// an issue from its code and params while `message` keeps the English text.
import type { GraphIssue } from "./errors";

interface Template {
  en: string;
  zh: string;
}

export const ISSUE_CODES = {
  // errors: the file is refused
  "too-large": { en: "the file is {{size}} MB; at most {{limit}} MB can be opened", zh: "文件大小为 {{size}} MB，最多可打开 {{limit}} MB" },
  "too-many-nodes": { en: "{{count}} nodes; at most {{limit}} can be opened", zh: "共 {{count}} 个节点，最多可打开 {{limit}} 个" },
  "too-many-edges": { en: "{{count}} edges; at most {{limit}} can be opened", zh: "共 {{count}} 条关系，最多可打开 {{limit}} 条" },
  "empty-file": { en: "the file is empty", zh: "文件为空" },
  binary: { en: "the file is not text (it looks like binary data)", zh: "文件不是文本（看起来是二进制数据）" },
  "bad-encoding": { en: "the text is neither UTF-8, UTF-16 nor GB18030/GBK", zh: "文本既不是 UTF-8、UTF-16，也不是 GB18030/GBK 编码" },
  "unknown-format": {
    en: "cannot tell the format: expected JSON, GEXF, GraphML or CSV",
    zh: "无法识别文件格式：应为 JSON、GEXF、GraphML 或 CSV",
  },
  "not-a-graph": { en: "not a graph file: expected {{expected}}", zh: "不是图文件：应包含 {{expected}}" },
  "json-malformed": { en: "not valid JSON: {{reason}}", zh: "不是有效的 JSON：{{reason}}" },
  "xml-malformed": { en: "not well-formed XML: {{reason}}", zh: "不是格式正确的 XML：{{reason}}" },
  "xml-entities": {
    en: "the XML declares entities in a DOCTYPE; such files are refused (entity expansion and external entities are unsafe)",
    zh: "XML 在 DOCTYPE 中声明了实体，出于安全考虑（实体膨胀与外部实体）拒绝打开",
  },
  "xml-too-deep": { en: "elements are nested more than {{limit}} deep", zh: "元素嵌套超过 {{limit}} 层" },
  "xml-graph": { en: "the {{format}} reader failed: {{reason}}", zh: "{{format}} 读取失败：{{reason}}" },
  "bad-csv-header": {
    en: "the header row needs the columns {{expected}}; it has: {{found}}",
    zh: "表头需要包含 {{expected}} 列；现有列：{{found}}",
  },
  "missing-id": { en: "missing id", zh: "缺少 id" },
  "missing-field": { en: "missing", zh: "缺少此项" },
  "wrong-type": { en: "expected {{expected}}, found {{found}}", zh: "应为 {{expected}}，实际为 {{found}}" },
  "invalid-value": { en: "{{message}}", zh: "取值无效：{{message}}" },
  // warnings: the file was read, and repaired where it says
  "missing-node": { en: "no node with id '{{id}}' — edge dropped", zh: "没有 id 为“{{id}}”的节点——已删除这条关系" },
  "missing-end": { en: "no {{end}} — edge dropped", zh: "缺少 {{end}}——已删除这条关系" },
  "duplicate-id": { en: "duplicate id '{{id}}' — merged into nodes[{{first}}]", zh: "id“{{id}}”重复——已合并到 nodes[{{first}}]" },
  "unsafe-key": {
    en: "key '{{key}}' dropped (it could change object prototypes)",
    zh: "已删除键“{{key}}”（它可能篡改对象原型）",
  },
  "unsafe-url": { en: "url dropped: only http and https addresses are kept", zh: "已删除网址：只保留 http 和 https 地址" },
  "bad-position": { en: "position dropped: coordinates must be finite numbers", zh: "已删除坐标：坐标必须是有限数值" },
  "bad-geo": {
    en: "geo dropped: latitude and longitude must be numbers within ±90 and ±180",
    zh: "已删除地理坐标：纬度和经度必须是 ±90 和 ±180 以内的数值",
  },
  "coerced-number": { en: "'{{value}}' read as the number {{number}}", zh: "“{{value}}”按数值 {{number}} 读取" },
  "non-finite": { en: "dropped: not a finite number", zh: "已删除：不是有限数值" },
  "bad-date": {
    en: "'{{value}}' is not YYYY, YYYY-MM or YYYY-MM-DD — kept as an attribute",
    zh: "“{{value}}”不是 YYYY、YYYY-MM 或 YYYY-MM-DD 格式——已作为属性保留",
  },
  "bad-weight": { en: "weight '{{value}}' is not a number — dropped", zh: "权重“{{value}}”不是数值——已删除" },
  "decoded-gb18030": { en: "the file is not UTF-8; read as GB18030 (GBK)", zh: "文件不是 UTF-8 编码，已按 GB18030（GBK）读取" },
  "node-created": { en: "node '{{id}}' is not in the node table — created", zh: "节点表中没有“{{id}}”——已新建该节点" },
  "csv-row": { en: "row {{row}}: {{reason}}", zh: "第 {{row}} 行：{{reason}}" },
  "more-issues": { en: "… and {{count}} more like '{{code}}'", zh: "……另有 {{count}} 处“{{code}}”同类问题" },
} as const satisfies Record<string, Template>;

export type IssueCode = keyof typeof ISSUE_CODES;
export type IssueParams = Record<string, string | number>;

/** Fills a template's {{name}} placeholders from params (missing ones stay visible). */
export function fillTemplate(template: string, params: IssueParams = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (all, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : all,
  );
}

/** The message of a code in a language. */
export function issueText(code: IssueCode, params: IssueParams = {}, lang: "en" | "zh" = "en"): string {
  return fillTemplate(ISSUE_CODES[code][lang], params);
}

/** An issue with its code, params and English message. */
export function makeIssue(code: IssueCode, path: string, params: IssueParams = {}): GraphIssue {
  return { path, message: issueText(code, params), code, params };
}
