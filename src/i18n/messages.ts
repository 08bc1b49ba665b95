// Every interface string in Chinese and English. Keys are grouped by screen area;
// the two languages must carry the same keys (a unit test checks it).
export const zh = {
  app: {
    title: "成渝教育协同网络",
    subtitle: "成渝地区双城经济圈教育合作网络",
    language: "语言",
    switchTo: "English",
    loading: "正在加载图谱…",
    retry: "重试",
    dismiss: "关闭",
    source: "资料来源",
  },
  view: {
    graph: "网络图",
    table: "表格",
    views: "视图",
  },
  table: {
    caption: "节点列表：{{count}} 个节点",
    name: "名称",
    type: "类型",
    region: "地区",
    links: "连接数",
    sortBy: "按{{column}}排序",
    empty: "没有可显示的节点",
  },
  errors: {
    title: "无法打开图谱",
    fetch: "无法读取 {{file}}：{{reason}}",
    json: "{{file}} 不是有效的 JSON：{{reason}}",
    invalid: "{{file}} 不符合图谱格式（{{count}} 处问题）：",
    keptPrevious: "仍显示之前的图谱。",
  },
  region: { unknown: "未注明" },
  graph: {
    controls: "视图控制",
    zoomIn: "放大",
    zoomOut: "缩小",
    fit: "适应窗口",
    twoCities: "双城布局",
    twoCitiesHint: "四川在左、重庆在右，两地之间的联系居中",
    layoutRunning: "正在布局…",
    linkCount: "{{count}} 条连接",
    canvasHelp: "方向键平移，+/- 缩放，0 适应窗口",
  },
  legend: { title: "图例", nodes: "节点类型", edges: "关系类型" },
  theme: { dark: "深色", light: "浅色", toggle: "切换到{{theme}}主题" },
};

export type Messages = typeof zh;

export const en: Messages = {
  app: {
    title: "Chengyu EduNet",
    subtitle: "Education cooperation in the Chengdu–Chongqing twin-city economic circle",
    language: "Language",
    switchTo: "中文",
    loading: "Loading the graph…",
    retry: "Retry",
    dismiss: "Dismiss",
    source: "Source",
  },
  view: {
    graph: "Network",
    table: "Table",
    views: "Views",
  },
  table: {
    caption: "Node list: {{count}} nodes",
    name: "Name",
    type: "Type",
    region: "Region",
    links: "Links",
    sortBy: "Sort by {{column}}",
    empty: "No nodes to show",
  },
  errors: {
    title: "Cannot open the graph",
    fetch: "Cannot read {{file}}: {{reason}}",
    json: "{{file}} is not valid JSON: {{reason}}",
    invalid: "{{file}} does not fit the graph format ({{count}} problems):",
    keptPrevious: "The previous graph is still shown.",
  },
  region: { unknown: "Not given" },
  graph: {
    controls: "View controls",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    fit: "Fit to view",
    twoCities: "Two cities",
    twoCitiesHint: "Sichuan on the left, Chongqing on the right, the links between them in the middle",
    layoutRunning: "Laying out…",
    linkCount: "{{count}} links",
    canvasHelp: "Arrow keys pan, +/- zoom, 0 fits the view",
  },
  legend: { title: "Legend", nodes: "Node types", edges: "Relation types" },
  theme: { dark: "dark", light: "light", toggle: "Switch to the {{theme}} theme" },
};

export const LANGUAGES = ["zh", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const MESSAGES: Record<Language, Messages> = { zh, en };
