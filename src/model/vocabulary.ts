// The controlled vocabulary of the data format: node types, relation types and regions,
// each with its bilingual label. The zod schema and the legend both read from here.

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

export const NODE_TYPE_LABELS: Record<NodeType, Label & { note: string }> = {
  kindergarten: { zh: "幼儿园", en: "Kindergarten", note: "Pre-school education" },
  "primary-school": { zh: "小学", en: "Primary school", note: "Primary schools" },
  "secondary-school": {
    zh: "中学 / 中职 / 职教中心",
    en: "Secondary or vocational school",
    note: "Middle schools, secondary vocational schools and vocational education centres",
  },
  "vocational-college": {
    zh: "高职院校",
    en: "Higher vocational college",
    note: "Three-year higher vocational and technical colleges (高职/高专)",
  },
  university: { zh: "本科高校", en: "Undergraduate university", note: "Undergraduate universities and colleges" },
  "research-university": {
    zh: "研究型大学",
    en: "Research university",
    note: "Research-intensive universities (e.g. 985/211/双一流 institutions)",
  },
  "foreign-university": { zh: "境外高校", en: "Foreign university", note: "Universities outside mainland China" },
  faculty: { zh: "二级学院", en: "School or faculty", note: "A school, faculty or campus within a university" },
  alliance: {
    zh: "联盟 / 共同体",
    en: "Alliance or community",
    note: "Alliances, communities, consortia and groups of institutions",
  },
  "industry-consortium": {
    zh: "产教联合体 / 产业学院",
    en: "Industry–education consortium",
    note: "Industry–education consortia, industrial colleges and joint industry platforms",
  },
  institute: { zh: "研究机构", en: "Research institute", note: "Research institutes and centres" },
  province: { zh: "省 / 直辖市", en: "Province or municipality", note: "Provinces and province-level municipalities" },
  city: { zh: "城市", en: "City", note: "Prefecture-level cities" },
  district: { zh: "区县", en: "District or county", note: "Districts and counties" },
  company: { zh: "企业", en: "Company", note: "Companies and enterprises" },
  association: { zh: "协会 / 学会", en: "Association", note: "Associations, societies and industry bodies" },
  government: { zh: "政府机构", en: "Government body", note: "Ministries, governments, party committees and bureaus" },
  event: { zh: "活动", en: "Event", note: "Conferences, competitions, fairs and ceremonies" },
  policy: { zh: "政策文件", en: "Policy document", note: "Policies, plans, agreements and research projects" },
  program: { zh: "项目 / 平台", en: "Programme or platform", note: "Programmes, platforms, pilots, titles and bases" },
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

export const RELATION_TYPE_LABELS: Record<RelationType, Label & { directed: boolean; note: string }> = {
  "member-of": { zh: "成员", en: "member of", directed: true, note: "source is a member of target" },
  leads: { zh: "牵头 / 主持", en: "leads / chairs", directed: true, note: "source leads, chairs or heads target" },
  founded: { zh: "发起成立", en: "initiated / founded", directed: true, note: "source initiated or founded target" },
  "partner-of": { zh: "合作", en: "partner of", directed: false, note: "source and target cooperate" },
  "signed-agreement": {
    zh: "签署协议",
    en: "signed an agreement with",
    directed: false,
    note: "source and target signed an agreement",
  },
  "co-builds": {
    zh: "共建",
    en: "co-builds",
    directed: true,
    note: "source takes part in jointly building target (a platform, college or programme)",
  },
  supports: {
    zh: "支持 / 对口支援",
    en: "supports",
    directed: true,
    note: "source supports, guides or gives paired assistance (对口支援) to target",
  },
  "exchanges-with": {
    zh: "互派交流",
    en: "exchanges students or staff with",
    directed: false,
    note: "source and target exchange students, teachers or visiting scholars",
  },
  "located-in": { zh: "位于", en: "located in", directed: true, note: "source is located in target" },
  "held-in": { zh: "举办于", en: "held in / hosted by", directed: true, note: "event source took place in or at target" },
  organizes: { zh: "主办", en: "organizes", directed: true, note: "source organizes or holds event target" },
  "participates-in": { zh: "参与", en: "participates in", directed: true, note: "source takes part in target" },
  issued: { zh: "印发 / 出台", en: "issued", directed: true, note: "source issued or drew up document target" },
  implements: { zh: "推进实施", en: "implements", directed: true, note: "source implements or promotes target" },
  "part-of": { zh: "隶属", en: "part of", directed: true, note: "source is part of target (a faculty, a campus)" },
  serves: { zh: "服务", en: "serves", directed: true, note: "source serves target" },
  "recognized-as": {
    zh: "获评 / 获批",
    en: "recognized as",
    directed: true,
    note: "source was approved, named or awarded as target (a title, a programme)",
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
