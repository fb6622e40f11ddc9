import type { EngineMessages } from "../engine";
import { formatDecimal, formatPercent, formatYuanEn } from "./format";

const tier = { key: "Key account", ordinary: "Ordinary", prospect: "Prospect" } as const;

/** Everything the engine says, in English. */
export const engineEnUS: EngineMessages = {
  language: "en-US",
  tier,
  change: { new: "New", same: "Same", promoted: "Promoted", demoted: "Demoted" },
  outputHeader: {
    tier: "Tier",
    score: "Importance Score",
    change: "Change",
    reason: "Tier Reason",
    timeShare: "Sales Time Share",
    hours: "Monthly Hours",
    mgmtClass: "Management Mode Class",
    salesClass: "Sales Mode Class",
    creditClass: "Credit Class",
    potentialClass: "Potential Class",
    shareClass: "Regional Share Class",
    sensitivityClass: "Sensitivity Class",
    promotion: "Promotion Candidate",
    note: "Strategy Note",
  },
  classes: {
    managementMode: {
      direct: "Direct",
      generalAgent: "General agent",
      regionalAgent: "Regional agent",
      primary: "Tier-1 dealer",
      secondary: "Tier-2 dealer",
      franchise: "Franchise",
      unknown: "Unknown",
    },
    salesMode: {
      wholesale: "Wholesale",
      distribution: "Distribution",
      retail: "Retail",
      project: "Projects",
      ecommerce: "E-commerce",
      unknown: "Unknown",
    },
    credit: { A: "A", B: "B", C: "C", D: "D", unknown: "Unknown" },
    potential: { high: "High", medium: "Medium", low: "Low", unknown: "Unknown" },
    regionalShare: {
      dominant: "Dominant",
      strong: "Strong",
      competitive: "Competitive",
      weak: "Weak",
      unknown: "Unknown",
    },
    sensitivity: {
      price: "Price",
      service: "Service",
      brand: "Brand",
      rebate: "Rebate",
      quality: "Quality",
      relationship: "Relationship",
      unknown: "Unknown",
    },
  },
  fieldName: {
    name: "Name",
    revenue: "Revenue",
    priorRevenue: "Prior-year revenue",
    growth: "Growth",
    region: "Region",
    credit: "Credit rating",
    overdue: "Days overdue",
    marketShare: "Market share",
    marketPotential: "Market potential",
    managementMode: "Management mode",
    salesMode: "Sales mode",
    sensitivity: "Sensitivity",
    tenure: "Years as partner",
    strategic: "Strategic",
    status: "Status",
    override: "Tier override",
    owner: "Owner",
  },
  yes: "Yes",
  percent: formatPercent,
  money: formatYuanEn,
  reason: {
    override: (t) => `Manual override: ${t}`,
    noSales: () => "No current sales",
    unreadableSales: (raw) => `Sales '${raw}' could not be read; treated as no sales`,
    statusProspect: (s) => `Status '${s}' marks a prospect`,
    statusActive: (s) => `Customer by status '${s}'`,
    belowMinimum: (rev, min) =>
      `Sales ${formatYuanEn(rev)} below the ${formatYuanEn(min)} minimum for a customer`,
    rank: (rank, of, score) => `Rank ${rank} of ${of} by score (${formatDecimal(score)})`,
    keyCut: (n) =>
      n === 0
        ? "every key place is taken by manual overrides"
        : n === 1
          ? "the key account is the top 1"
          : `key accounts are the top ${n}`,
    cumulative: (before, target) =>
      `Revenue before it in the ranking: ${formatPercent(before)} (key up to ${formatPercent(target)})`,
    threshold: (rev, min, above) =>
      `Sales ${formatYuanEn(rev)} ${above ? "at or above" : "below"} the ${formatYuanEn(min)} key threshold`,
    scoreThreshold: (score, min, above) =>
      `Score ${formatDecimal(score)} ${above ? "at or above" : "below"} the key threshold ${formatDecimal(min)}`,
    details: (d) => {
      const parts: string[] = [];
      if (d.revenueShare !== null) parts.push(`${formatPercent(d.revenueShare)} of revenue`);
      if (d.growth !== null) parts.push(`${d.growth >= 0 ? "+" : ""}${formatPercent(d.growth)} growth`);
      if (d.tenureYears !== null) parts.push(`${formatDecimal(d.tenureYears)} years as partner`);
      if (d.strategic) parts.push("strategic");
      return parts.join(", ");
    },
    held: (t, band) => `kept as ${t}: within the ${formatPercent(band)} hysteresis band`,
    join: (parts) => parts.filter((p) => p !== "").join("; "),
  },
  note: {
    base: {
      key: "Key-account team: coordinate sales, marketing, technical and production; exceed expectations; owned by our most capable rep",
      ordinary: "Routine rep coverage; grow revenue toward key-account level",
      prospect: "Develop: keep in touch and win the first order to make it a customer",
    },
    creditWatch: "Credit C: tighten credit terms and watch receivables",
    creditCash: "Credit D: cash on delivery only",
    sensitivity: {
      price: "Price-sensitive: volume rebates and stable prices",
      service: "Service-sensitive: fast delivery, technical support, a named contact",
      brand: "Brand-sensitive: joint brand building and marketing support",
      rebate: "Rebate-sensitive: clear tiered rebates tied to growth",
      quality: "Quality-sensitive: quality guarantees and product training",
      relationship: "Relationship-driven: regular visits and senior contact",
    },
    promotion: "Promotion candidate: reward growth (development rewards) and plan an upgrade review",
    declining: "Revenue declining: review with the owner this quarter",
    noOwner: "No owner: assign our most capable rep",
    join: (parts) => parts.join("; "),
  },
  strategy: {
    tierSummary: {
      key: "Vital to our goals and a large part of current revenue; losing one hurts badly and is hard to recover from. About 10% of accounts, 60% of sales time.",
      ordinary:
        "Not a large part of revenue; losing some costs little. About 30% of accounts and 30% of time; handled by reps in the routine way. When their revenue keeps growing they move up to key accounts.",
      prospect:
        "Not customers yet but need our product; may be buying from a competitor. Reps watch them; one deal makes them ordinary customers. About 60% of accounts, 10% of time.",
    },
    tactics: {
      key: [
        "A key-account team coordinates sales, marketing, technical and production departments around each key account.",
        "Exceed the customer's expectations.",
        "Put our most capable people on these relationships.",
        "Tie channel-brand building to key-account success in a quarterly programme.",
      ],
      ordinary: [
        "Reps cover these accounts in the routine way.",
        "Track revenue growth: accounts whose revenue keeps growing move up to key accounts.",
        "Reward development behaviour that grows the account.",
      ],
      prospect: [
        "Find them through normal development work and keep in touch.",
        "Learn whom they buy from now and what they need.",
        "One deal makes them ordinary customers: aim for the first order.",
      ],
    },
    rewards: [
      "Reward the behaviour that grows the account, not only the volume it already buys.",
      "Tie rebates and support to growth targets agreed with the distributor.",
      "Recognise distributors that develop new outlets, new regions or new product lines.",
    ],
    careRules: [
      "Don't promise lightly; think before you commit.",
      "Learn and accept the customer's habits; you cannot change them.",
      "In research or sales meetings, don't just attend: ask, learn and propose.",
      "Always tell the truth. A lie is fatal.",
      "Remember your business is not the customer's only job; understand the pressure he is under.",
      "Don't hide that you have other customers, and don't flaunt it.",
      "Promote your company and answer for its reputation; make sure everyone serving the customer knows his situation.",
      "If you leave a meeting unsure what he meant, ask next time and make sure there is no misunderstanding.",
      "Win with the strength of your plan, not by guessing what his boss expects; if you need help, let your boss talk to his.",
      "Disagreement is normal: create room for candid discussion, and back an agreed view in the meeting.",
      "Don't fall behind the customer: make sure he hears news from you first.",
      "Make the customer feel important and look good to his superiors and colleagues.",
      "Don't pretend to know his business; if unsure, ask: he likes to talk about it.",
      "Ask your own boss for help early; never hide a problem, it only gets worse.",
      "Recognise unnecessary work requests and argue them away; if you can't, do the work well.",
      "Know your competitors and what they are doing with your customer.",
    ],
  },
  finding: {
    sheetEmpty: () => "The sheet is empty: there is nothing to tier.",
    headerNotFound: () =>
      "No header row with a distributor name column was found (looked for headers such as 经销商名称, 客户名称, Distributor, Account). Map the name column by hand.",
    headerDuplicate: (h, field, kept) =>
      `Column '${h}' also looks like ${field}; '${kept}' is used and '${h}' is left alone.`,
    headerGuessed: (h) =>
      `No name header was recognised; column '${h}' holds mostly text and is used as the name. Check the mapping.`,
    mappingMissing: (field, wanted) => `The column '${wanted}' chosen for ${field} is not in the header row.`,
    notANumber: (row, h, raw, consequence) => `Row ${row}: ${h} '${raw}' is not a number; ${consequence}.`,
    negative: (row, h, raw) => `Row ${row}: ${h} '${raw}' is negative; treated as no sales.`,
    notADate: (row, h, raw) => `Row ${row}: ${h} '${raw}' is neither a number of years nor a date; ignored.`,
    notAFlag: (row, h, raw) => `Row ${row}: ${h} '${raw}' is not yes or no; treated as no.`,
    unknownOverride: (row, h, raw) =>
      `Row ${row}: ${h} '${raw}' is not a tier (use Key, Ordinary or Prospect); ignored.`,
    unknownStatus: (row, h, raw) => `Row ${row}: ${h} '${raw}' is not a known status; ignored.`,
    missingName: (row, h) => `Row ${row}: ${h} is empty but the row has data; row skipped.`,
    duplicateName: (row, h, name, first) =>
      `Row ${row}: ${h} '${name}' also appears in row ${first}; both are tiered.`,
    total: (row, h, text) => `Row ${row}: ${h} '${text}' is a totals row; not tiered.`,
    ownerMissing: (row, h, name) =>
      `Row ${row}: key account '${name}' has no ${h}; the course wants our most capable people on key accounts.`,
    ownerOverloaded: (h, owner, share, median) =>
      `${h} '${owner}' carries ${formatPercent(share)} of sales time on key accounts, against a median of ${formatPercent(median)}; consider sharing them out.`,
    rulesInvalid: (setting, value, expected) => `Rule ${setting} = ${value} is invalid: ${expected}.`,
    noSales: (h) => `No row has sales above zero in ${h}: every account is a prospect.`,
    consequenceProspect: "row left as a prospect",
    consequenceIgnored: "value ignored",
  },
  expect: {
    object: "expected an object of settings",
    version: (max) => `expected a rules version from 1 to ${max}`,
    range: (min, max) => `expected a number from ${min} to ${max}`,
    oneOf: (allowed) => `expected one of ${allowed.join(", ")}`,
    wordMap: "expected an object of text → class code",
    sumToOne: "the three shares of sales time must add up to 100%",
    positiveSum: "at least one weight must be above zero",
    ascending: "the bands must be in order",
    above: (other) => `must be above ${other}`,
    atMost: (other) => `must not exceed ${other}`,
    atLeast: (other) => `must be at least ${other}`,
  },
};
