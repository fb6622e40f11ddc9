import type { WorkbookMessages } from "./workbookMessages";

const QUARTER_MONTHS = ["Jan-Mar", "Apr-Jun", "Jul-Sep", "Oct-Dec"];

/** Labels the product writes into a workbook, in English. */
export const workbookEnUS: WorkbookMessages = {
  strategySheetName: "Tiering Strategy",
  changeLogSheetName: "Tiering Changes",
  title: "Channel tiering strategy",
  generated: (date, sheet) => `Tiered ${date} from sheet '${sheet}'`,
  methodLine: (method) => `Method: ${method}`,
  method: {
    countShare: (share) =>
      `key accounts are ${share} of all accounts: overrides first, then the largest accounts by revenue, then by importance score (revenue at least the median)`,
    cumulativeRevenue: (share) => `accounts making the first ${share} of revenue`,
    revenueThreshold: (min) => `revenue at or above ${min}`,
    scoreThreshold: (min) => `importance score at or above ${min}`,
  },
  summaryHeading: "Summary by tier",
  summaryColumns: [
    "Tier",
    "Accounts",
    "Share of accounts",
    "Revenue (¥)",
    "Share of revenue",
    "Share of sales time",
    "Hours per month",
    "Review",
    "Course reference",
  ],
  courseReference: (a, t) => `course: ~${a} of accounts, ${t} of time`,
  reviewsOverdue: (every, n) => (n > 0 ? `${every} (${n} overdue)` : every),
  reviewEvery: (months) =>
    months === 1
      ? "monthly"
      : months === 3
        ? "quarterly"
        : months === 6
          ? "every 6 months"
          : `every ${months} months`,
  capacityLine: (hours, perOwner) =>
    perOwner
      ? `Hours assume ${perOwner.owners} ${perOwner.owners === 1 ? "owner" : "owners"} at ${perOwner.each} a month each: ${hours} hours`
      : `Hours assume a team capacity of ${hours} a month`,
  endedLeftOut: (count, rows) =>
    `${count} more ${count === 1 ? "account has" : "accounts have"} ended or ${count === 1 ? "is" : "are"} no longer in use, not tiered (${rows.length === 1 ? "row" : "rows"} ${rows.join(", ")}${count > rows.length ? ", …" : ""})`,
  total: "Total",
  watchHeading: "Key accounts to watch",
  watchIntro:
    "Losing a key account hurts badly and is hard to recover from: follow up on each of these this month.",
  watchColumns: ["Name", "Row", "Owner", "Revenue (¥)", "Why"],
  watchNone: "No key account needs special attention this run.",
  creditHoldHeading: "Accounts with credit D",
  creditHoldIntro:
    "These accounts' credit is D: cash on delivery, no new credit; their owners collect what is overdue this month, and no reward is given until it is paid.",
  creditHoldColumns: ["Name", "Row", "Owner", "Revenue (¥)", "Credit"],
  creditHoldNone: "No account has credit D this run.",
  ownGradeLostHeading: "Key on the sheet, not key this run",
  ownGradeLostIntro: (h, g) =>
    `'${h}' is the sheet's own grading: this run does not tier by it, it only compares. These accounts are ${g ? `graded ${g}` : "marked key"} there but are not key accounts this run; the last column says why. Go through them with their owners: where the old grading is out of date, serve them as this run's tier says; where one must stay key, write "Key account" in its tier override column.`,
  ownGradeLostNone: (h, g, n) =>
    n === 1
      ? `The one account ${g ? `graded ${g}` : "marked key"} in '${h}' is a key account this run.`
      : `All ${n} accounts ${g ? `graded ${g}` : "marked key"} in '${h}' are key accounts this run.`,
  ownGradeNewHeading: "New key accounts this run",
  ownGradeNewIntro: (h, g) =>
    `These accounts are key accounts this run, though '${h}' does not ${g ? `grade them ${g}` : "mark them key"}: give each a capable owner and serve it as a key account.`,
  ownGradeNewNone: (h, g) =>
    `Every key account of this run is ${g ? `graded ${g}` : "marked key"} in '${h}'.`,
  ownGradeColumns: (h) => ["Name", "Row", "Owner", "Revenue (¥)", h, "Tier this run", "Why"],
  removedRow: "removed",
  candidatesHeading: "Promotion candidates",
  candidatesIntro:
    "Ordinary accounts bringing more and more revenue: reward their development and consider promoting them; where sales fell, find out why first; where credit is C or D or money is past due, collect first.",
  candidatesColumns: ["Name", "Row", "Owner", "Revenue (¥)", "Gap to key line (¥)", "YoY", "Credit"],
  gapFormat: '"short by "#,##0;"above by "#,##0;"level"',
  candidatesNone: "No promotion candidate this run.",
  prospectsHeading: "Priority prospects",
  prospectsIntro: "One deal makes them ordinary customers: go for the first order with these first.",
  prospectsColumns: ["Name", "Row", "Region", "Owner", "Why"],
  prospectsNone: "No priority prospect this run.",
  moreUnlisted: (n) => `${n} more not listed here.`,
  more: (n, column) => `${n} more: see the '${column}' column of the data sheet.`,
  namesAndMore: (shown, _total, rest) => `${shown} and ${rest} more`,
  ownersHeading: "Owners",
  ownerOverloaded: (owner, share, median, times) =>
    `${owner} carries ${share} of sales time on key accounts, ${times} times the median owner's ${median}: hand some of them to other capable people.`,
  ownerOverCapacity: (owner, hours, perOwner) =>
    `${owner}'s accounts need ${hours} hours a month, over a quarter more than the ${perOwner} one person has: rebalance the accounts or add people.`,
  ownerColumns: [
    "Owner",
    "Key",
    "Ordinary",
    "Prospects",
    "Share of sales time",
    "Hours per month",
    "Key accounts owned",
  ],
  regionsHeading: "Regions (channel expansion)",
  regionsIntro:
    "Channel expansion (the course gives this part a title only; these pointers are Channel Tiering's suggestions):",
  regionColumns: ["Region", "Accounts", "Key", "Ordinary", "Prospects", "Share of revenue", "Note"],
  regionFlag: { noKey: "no key account", weakShare: "weak market share" },
  regionWeakShare: (share) => `weak market share (${share} on average, weighted by sales)`,
  quarterHeading: "Key accounts: the quarterly programme",
  quarterIntro: (every) =>
    `The course's example: a quarterly programme such as the 'June 1st project' ties channel-brand building to key-account success. The four quarters below, from this one on, are Channel Tiering's suggestion; key accounts are still reviewed ${every}.`,
  quarterColumns: ["Quarter", "Plan"],
  quarterLabel: (year, q) => `Q${q} ${year} (${QUARTER_MONTHS[q - 1] ?? ""})`,
  quarterTheme: {
    q1: (n) =>
      `Align the year: agree targets, stepped rebates and terms with each key account${n > 0 ? `; talk payment first with the ${n} rated C/D` : ""}`,
    q2: "Build the brand together: tie channel-brand building to key-account success (e.g. the 'June 1st project'), joint promotions, store image",
    q3: (n) =>
      `Exceed expectations: review service promises and response times; ${n > 0 ? `follow up each of the ${n} on the watch list` : "make sure they hear news from us first"}`,
    q4: (n) =>
      `Review the year: ${n > 0 ? `weigh the ${n} promotion candidates and ` : "weigh "}demotion risks; plan next year with each key account`,
  },
  tacticsHeading: (tier) => `${tier}: tactics`,
  courseSays: "From the course:",
  rewardsHeading: "Reward development behaviour",
  oursNote: "The course gives this part a title only; these are Channel Tiering's suggestions:",
  careHeading: "Caring for customers: rules for key-account owners (the course's rules 5-20)",
  changesHeading: "Changes since the last run",
  changeCounts: (c) =>
    `New ${c.new} · Same ${c.same} · Promoted ${c.promoted} · Demoted ${c.demoted} · Removed ${c.removed} (details in 'Tiering Changes')`,
  noPrevious: "First run: the next run will list the accounts promoted, demoted and removed.",
  changeLogColumns: [
    "Date",
    "Row",
    "Name",
    "Previous tier",
    "Tier",
    "Change",
    "Revenue before (¥)",
    "Revenue now (¥)",
    "Score before",
    "Score now",
    "Score rank before",
    "Score rank now",
    "Reason",
  ],
  changeLogEmpty: "No run recorded yet.",
  changeLogFirst: (n) => `First run: ${n} ${n === 1 ? "account" : "accounts"}`,
  changeLogMore: (n) => `${n} more changes not listed`,
  changeLogSame: (n, streak) =>
    `Re-run, no change: ${n === 1 ? "the one account kept its tier" : `all ${n} accounts kept their tier`}${
      streak ? ` (${streak.runs} runs since ${streak.since}, none changed)` : ""
    }`,
  removedChange: "Removed",
  leftOutChange: "Left out",
  removedReason: "No longer on the sheet",
  chartTitle: "Accounts and revenue by tier",
  chartSeries: ["Share of accounts", "Share of revenue"],
};
