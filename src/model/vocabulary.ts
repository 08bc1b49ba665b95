// The controlled vocabulary of the data format: node types, relation types and regions,
// each with its bilingual label (what each means is in docs/data-format.md). The zod schema
// and the legend both read from here.

export const NODE_TYPES = [
  "kindergarten",
  "primary-school",
  "secondary-school",
  "vocational-college",
  "university",
  "research-university",
  "foreign-university",
  "faculty",
  "alliance",
  "industry-consortium",
  "institute",
  "province",
  "city",
  "district",
  "company",
  "association",
  "government",
  "event",
  "policy",
  "program",
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export interface Label {
  zh: string;
  en: string;
}

export const NODE_TYPE_LABELS: Record<NodeType, Label> = {
  kindergarten: { zh: "幼儿园", en: "Kindergarten" },
  "primary-school": { zh: "小学", en: "Primary school" },
  "secondary-school": { zh: "中学 / 中职 / 职教中心", en: "Secondary or vocational school" },
  "vocational-college": { zh: "高职院校", en: "Higher vocational college" },
  university: { zh: "本科高校", en: "Undergraduate university" },
  "research-university": { zh: "研究型大学", en: "Research university" },
  "foreign-university": { zh: "境外高校", en: "Foreign university" },
  faculty: { zh: "二级学院", en: "School or faculty" },
  alliance: { zh: "联盟 / 共同体", en: "Alliance or community" },
  "industry-consortium": { zh: "产教联合体 / 产业学院", en: "Industry–education consortium" },
  institute: { zh: "研究机构", en: "Research institute" },
  province: { zh: "省 / 直辖市", en: "Province or municipality" },
  city: { zh: "城市", en: "City" },
  district: { zh: "区县", en: "District or county" },
  company: { zh: "企业", en: "Company" },
  association: { zh: "协会 / 学会", en: "Association" },
  government: { zh: "政府机构", en: "Government body" },
  event: { zh: "活动", en: "Event" },
  policy: { zh: "政策文件", en: "Policy document" },
  program: { zh: "项目 / 平台", en: "Programme or platform" },
};

export const RELATION_TYPES = [
  "member-of",
  "leads",
  "founded",
  "partner-of",
  "signed-agreement",
  "co-builds",
  "supports",
  "exchanges-with",
  "located-in",
  "held-in",
  "organizes",
  "participates-in",
  "issued",
  "implements",
  "part-of",
  "serves",
  "recognized-as",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const RELATION_TYPE_LABELS: Record<RelationType, Label & { directed: boolean }> = {
  "member-of": { zh: "成员", en: "member of", directed: true },
  leads: { zh: "牵头 / 主持", en: "leads / chairs", directed: true },
  founded: { zh: "发起成立", en: "initiated / founded", directed: true },
  "partner-of": { zh: "合作", en: "partner of", directed: false },
  "signed-agreement": {
    zh: "签署协议",
    en: "signed an agreement with",
    directed: false,
  },
  "co-builds": {
    zh: "共建",
    en: "co-builds",
    directed: true,
  },
  supports: {
    zh: "支持 / 对口支援",
    en: "supports",
    directed: true,
  },
  "exchanges-with": {
    zh: "互派交流",
    en: "exchanges students or staff with",
    directed: false,
  },
  "located-in": { zh: "位于", en: "located in", directed: true },
  "held-in": { zh: "举办于", en: "held in / hosted by", directed: true },
  organizes: { zh: "主办", en: "organizes", directed: true },
  "participates-in": { zh: "参与", en: "participates in", directed: true },
  issued: { zh: "印发 / 出台", en: "issued", directed: true },
  implements: { zh: "推进实施", en: "implements", directed: true },
  "part-of": { zh: "隶属", en: "part of", directed: true },
  serves: { zh: "服务", en: "serves", directed: true },
  "recognized-as": {
    zh: "获评 / 获批",
    en: "recognized as",
    directed: true,
  },
};

/** How a directed relation reads from its target's side ("member of" → "has member"). */
export const RELATION_INVERSE_LABELS: Record<RelationType, Label> = {
  "member-of": { zh: "成员包括", en: "has member" },
  "leads": { zh: "由其牵头", en: "led by" },
  "founded": { zh: "由其发起", en: "initiated by" },
  "partner-of": { zh: "合作", en: "partner of" },
  "signed-agreement": { zh: "签署协议", en: "signed an agreement with" },
  "co-builds": { zh: "共建方", en: "co-built by" },
  "supports": { zh: "获其支持", en: "supported by" },
  "exchanges-with": { zh: "互派交流", en: "exchanges students or staff with" },
  "located-in": { zh: "所在地包括", en: "location of" },
  "held-in": { zh: "举办的活动", en: "hosted" },
  "organizes": { zh: "主办方", en: "organized by" },
  "participates-in": { zh: "参与者", en: "participant" },
  "issued": { zh: "印发方", en: "issued by" },
  "implements": { zh: "推进实施方", en: "implemented by" },
  "part-of": { zh: "下属", en: "includes" },
  "serves": { zh: "服务对象", en: "served by" },
  "recognized-as": { zh: "获评单位", en: "title held by" },
};

export const REGIONS = ["sichuan", "chongqing", "both", "china", "international"] as const;
export type Region = (typeof REGIONS)[number];

export const REGION_LABELS: Record<Region, Label> = {
  sichuan: { zh: "四川", en: "Sichuan" },
  chongqing: { zh: "重庆", en: "Chongqing" },
  both: { zh: "川渝两地", en: "Sichuan & Chongqing" },
  china: { zh: "国内其他", en: "Elsewhere in China" },
  international: { zh: "境外", en: "International" },
};
