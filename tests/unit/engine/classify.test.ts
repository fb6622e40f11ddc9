import {
  DEFAULT_RULES,
  createManagementModeClassifier,
  createSalesModeClassifier,
  createSensitivityClassifier,
  creditFromOverdue,
  creditFromLevel,
  isHoldStatus,
  creditFromRating,
  creditFromScore,
  potentialFromWord,
  shareFromWord,
  worseCredit,
  isNoteLabel,
  provinceOf,
  isSectionHeading,
  isVacantOwner,
  isTotalLabel,
  potentialFromGrowth,
  potentialFromHeadroom,
  shareClass,
  statusFromText,
  isDormantStatus,
  isRiskStatus,
  isDisputeStatus,
  tierFromText,
  moveFromText,
  notKeyTier,
  numberedTier,
} from "../../../src/engine";
import { unnamedTotalLabel } from "../../../src/engine/rows";

describe("the six classification dimensions", () => {
  it.each([
    ["直营", "direct"],
    ["总代", "generalAgent"],
    ["省代", "regionalAgent"],
    ["一级经销商", "primary"],
    ["二批", "secondary"],
    ["加盟商", "franchise"],
    ["Direct", "direct"],
    ["Tier-2 Dealer", "secondary"],
    ["", "unknown"],
    ["KA卖场", "KA卖场"],
    ["县代", "regionalAgent"],
    ["直营店", "direct"],
    // A class's words inside a longer text; two classes' words keep the text as written.
    ["二级代理商", "secondary"],
    ["省级代理", "regionalAgent"],
    ["县级", "regionalAgent"],
    ["三级经销商", "secondary"],
    ["特约经销商", "primary"],
    ["省级总代理", "regionalAgent"],
    ["直营+加盟", "直营+加盟"],
    // An agent alone is a region's (kept as written before: no one to plan with in its note); so is a
    // city's partner or a region's sole dealer.
    ["代理商", "regionalAgent"],
    ["代理", "regionalAgent"],
    ["Agent", "regionalAgent"],
    ["城市合伙人", "regionalAgent"],
    ["区域独家", "regionalAgent"],
    ["经销商", "primary"],
    ["分公司", "direct"],
    ["办事处", "direct"],
    ["总经销", "generalAgent"],
    ["省级总经销", "regionalAgent"],
    ["地级代理", "regionalAgent"],
    // A CRM's partner types in a two-tier channel.
    ["Distributor", "primary"],
    ["Authorized Dealer", "primary"],
    ["Reseller", "secondary"],
    ["VAR", "secondary"],
    ["Sole Agent", "generalAgent"],
    ["Exclusive Distributor", "generalAgent"],
    ["Own Store", "direct"],
    ["核心经销商", "primary"],
    ["Variety Store", "Variety Store"],
    // A class with its meaning beside it, by the class (一级 and 省代 each named one: kept as written).
    ["一级（省代）", "primary"],
    ["直营 - 自营门店", "direct"],
    ["Variety Store (local)", "Variety Store (local)"],
    // A brand's grade before the kind, by the kind (each was kept as written); a grade alone stays.
    ["金牌代理", "regionalAgent"],
    ["钻石经销商", "primary"],
    ["银牌分销商", "secondary"],
    ["VIP经销商", "primary"],
    ["五星加盟店", "franchise"],
    ["金牌", "金牌"],
    // Agents on commission and India's stockists (each kept as written).
    ["Broker", "regionalAgent"],
    ["Rep Firm", "regionalAgent"],
    ["Manufacturer's Rep", "regionalAgent"],
    ["Stockist", "primary"],
    ["Super Stockist", "generalAgent"],
    // A mode changed: the one now (一级经销->总代理 was primary).
    ["一级经销->总代理", "generalAgent"],
    ["总代理 → 直营", "direct"],
  ])("management mode %p → %p", (text, code) => {
    expect(createManagementModeClassifier({})(text)).toBe(code);
  });

  it("takes extra synonyms from the rules", () => {
    expect(createManagementModeClassifier({ KA卖场: "direct" })("KA卖场")).toBe("direct");
  });

  it.each([
    ["批发", "wholesale"],
    ["分销", "distribution"],
    ["零售", "retail"],
    ["工程（项目）", "project"],
    ["电商", "ecommerce"],
    ["E-commerce", "ecommerce"],
    ["KA卖场", "retail"],
    ["天猫旗舰店", "ecommerce"],
    ["KA", "retail"],
    ["夫妻店", "retail"],
    // The trades in Chinese, a second-tier wholesaler, shops by what they sell, 政企 (each kept as written).
    ["现代渠道", "retail"],
    ["传统渠道", "distribution"],
    ["二批", "wholesale"],
    ["二批商", "wholesale"],
    ["烟酒店", "retail"],
    ["母婴店", "retail"],
    ["政企", "project"],
    ["政企客户", "project"],
    ["连锁", "retail"],
    ["连锁药房", "retail"],
    ["单体药店", "retail"],
    ["社区团购", "ecommerce"],
    ["工装渠道", "project"],
    // Selling by tender is a project's sale (招投标 kept its own text, and changed nothing in the note).
    ["招投标", "project"],
    ["政府采购", "project"],
    ["集采渠道", "project"],
    ["Modern Trade", "retail"],
    // Outlet types as FMCG and pharma exports write them (each was kept as written).
    ["Supermarket", "retail"],
    ["Hypermarket", "retail"],
    ["Convenience Store", "retail"],
    ["Pharmacy", "retail"],
    ["Grocery", "retail"],
    ["旗舰店", "retail"],
    ["天猫旗舰店", "ecommerce"],
    ["O2O", "ecommerce"],
    ["Online Supermarket", "Online Supermarket"],
    ["京东", "ecommerce"],
    ["社区超市", "retail"],
    ["批发兼零售", "批发兼零售"],
    ["团购", "团购"],
    ["流通渠道", "distribution"],
    ["General Trade", "distribution"],
    ["Chain", "retail"],
    ["Key Account", "retail"],
    ["Marketplace", "ecommerce"],
    ["批发（流通）", "wholesale"],
    ["团购（企业）", "团购（企业）"],
    // Who buys by the project, as a CRM's Industry names it: each was kept as written, no tactic.
    ["Construction", "project"],
    ["Contractors", "project"],
    ["Government", "project"],
    ["Public Sector", "project"],
    ["施工单位", "project"],
    ["装修公司", "project"],
    ["零售->电商", "ecommerce"],
  ])("sales mode %p → %p", (text, code) => {
    expect(createSalesModeClassifier({})(text)).toBe(code);
  });

  it.each([
    ["价格", "price"],
    ["价格敏感型", "price"],
    ["服务", "service"],
    ["品牌", "brand"],
    ["返利", "rebate"],
    ["Rebates", "rebate"],
    ["重服务", "service"],
    ["看重利润", "price"],
    ["Margin", "price"],
    ["交期", "service"],
    ["看重品牌", "brand"],
    ["对返点敏感", "rebate"],
    // Levers listed: the first leads (each was kept as written, and the note named none).
    ["价格和服务", "price"],
    ["价格、返利", "price"],
    ["服务+价格", "service"],
    ["Price / Brand", "price"],
    ["价格、新品", "price"],
    ["新品、赠品", "新品、赠品"],
    // Payment terms, a lever of their own (kept as written before).
    ["账期", "terms"],
    ["重视账期", "terms"],
    ["付款条件", "terms"],
    ["物流时效", "service"],
    ["售后", "service"],
    ["技术支持", "service"],
    ["促销", "brand"],
    ["推广支持", "brand"],
    ["Price-driven", "price"],
    ["Service level", "service"],
    ["After-sales", "service"],
    ["Promotion", "brand"],
    ["Marketing support", "brand"],
    ["Payment terms", "terms"],
    ["Lead time", "service"],
    ["陈列", "brand"],
    ["区域保护", "price"],
    ["技术", "service"],
    ["产品", "quality"],
    // Our channel policies in words (rebates, support, incentives): the rebate's lever, as 政策 alone is
    // (kept as written before).
    ["政策敏感", "rebate"],
    ["看重政策支持", "rebate"],
    ["激励", "rebate"],
    ["政策", "rebate"],
    ["价格政策", "price"],
    ["价格->服务", "service"],
    // What dealers weigh in other words (each was kept as written, the note naming no lever).
    ["差价", "price"],
    ["Profit", "price"],
    ["市场支持", "brand"],
    ["口碑", "brand"],
    ["客情", "relationship"],
    ["人情", "relationship"],
    ["库存", "service"],
    ["Stock availability", "service"],
    ["培训", "quality"],
    ["Training", "quality"],
  ])("sensitivity %p → %p", (text, code) => {
    expect(createSensitivityClassifier({})(text)).toBe(code);
  });

  it.each([
    ["AAA", "A"],
    ["AA", "A"],
    ["A", "A"],
    ["BBB", "B"],
    ["B+", "B"],
    ["CC", "C"],
    ["D", "D"],
    ["优", "A"],
    ["良", "B"],
    ["中", "C"],
    ["差", "D"],
    ["AA级", "A"],
    ["BBB级", "B"],
    ["信用良好", "B"],
    ["资信一般", "C"],
    ["高风险", "D"],
    ["低风险", "A"],
    ["无风险", "A"],
    ["极高风险", "D"],
    ["1级", "A"],
    ["3级", "C"],
    ["优良", "A"],
    ["极差", "D"],
    // Traffic lights, and English words graded as their Chinese.
    ["绿灯", "A"],
    ["黄色", "C"],
    ["红", "D"],
    // A finance team's lists and alerts, and a record of default (each was no rating).
    ["白名单", "A"],
    ["灰名单", "C"],
    ["黑名单", "D"],
    ["红色预警", "D"],
    ["橙色预警", "C"],
    ["无不良记录", "A"],
    ["有不良记录", "C"],
    ["Blacklisted", "D"],
    ["Grey list", "C"],
    // An English credit status (each was an unknown rating).
    ["Good Standing", "A"],
    ["Approved", "B"],
    ["On Watch", "B"],
    ["Restricted", "C"],
    ["Delinquent", "C"],
    ["Declined", "D"],
    ["In Collections", "D"],
    ["Good", "B"],
    ["Poor", "D"],
    // A five-word scale: Excellent, Very Good, Good, Fair, Poor (Very Good and Bad were no rating).
    ["Very Good", "A"],
    ["Satisfactory", "B"],
    ["Average", "C"],
    ["Bad", "D"],
    ["Very Poor", "D"],
    ["High risk", "D"],
    ["Amber", "C"],
    ["E", "D"],
    // Receivables graded as banks grade loans: 正常类, 关注, 次级, 可疑, 损失.
    ["正常类", "A"],
    ["关注", "B"],
    // A finance team's flags short of a grade (each was no rating, the account's A kept).
    ["观察", "B"],
    ["预警", "C"],
    ["信用预警", "C"],
    ["次级类", "C"],
    ["可疑", "D"],
    ["损失", "D"],
    // Grades by the Chinese ordinals, as classes, and a pass-fail review.
    ["甲级", "A"],
    ["乙", "B"],
    ["丙等", "C"],
    ["丁级客户", "D"],
    ["A类", "A"],
    ["C类客户", "C"],
    ["合格", "B"],
    ["不合格", "D"],
    // 正常 as the first of the five categories, written without 类 (the days overdue still make it worse).
    ["正常", "A"],
    // 3A, 2A, 1A: AAA, AA and A as Chinese ratings write them.
    ["3A", "A"],
    ["2A级", "A"],
    ["1A", "A"],
    ["4A", undefined],
    ["??", undefined],
    // Stars as CRMs rate a customer: filled of those shown, else of five.
    ["★★★★★", "A"],
    ["★★★★☆", "A"],
    ["★★★☆☆", "B"],
    ["★★☆☆☆", "C"],
    ["★☆☆☆☆", "D"],
    ["★★★", "B"],
    ["★★☆", "B"],
    ["⭐⭐⭐⭐", "A"],
    // Emoji stars as phones and Macs type them: each with U+FE0F after it.
    ["\u2B50\uFE0F\u2B50\uFE0F\u2B50\uFE0F", "B"],
    ["\u2B50\uFE0F\u2B50\uFE0F", "C"],
    ["\u2B50\uFE0F", undefined],
    ["4 stars", "A"],
    ["2-star", "C"],
    ["3 Stars", "B"],
    ["6 stars", undefined],
    ["4星", "A"],
    ["三星级", "B"],
    ["一星", "D"],
    ["6星", undefined],
    ["★", undefined],
    ["★★★★★★★★★★★", undefined],
    // A rating with its meaning beside it, by the rating (each was an unknown rating).
    ["A（良好）", "A"],
    ["AAA级（优秀）", "A"],
    ["C - 较差", "C"],
    ["B：一般", "B"],
    ["BBB-", "B"],
    ["X（良好）", undefined],
    // A rating changed, as a planner marks it: the one now (A->C was A, read as A with a gloss).
    ["A->C", "C"],
    ["AA -> B", "B"],
    ["B→A", "A"],
    ["A→", undefined],
  ])("credit rating %p → %p", (text, cls) => {
    expect(creditFromRating(text)).toBe(cls);
  });

  it.each([
    [100, "A"],
    [80, "A"],
    [79.5, "B"],
    [70, "B"],
    [60, "C"],
    [59, "D"],
    [0, "D"],
  ])("credit score %p → %p (80 A, 70 B, 60 C)", (score, cls) => {
    expect(creditFromScore(score, DEFAULT_RULES)).toBe(cls);
  });

  it.each([
    // A risk column's 高 is high risk; a credit column's is good credit; 高风险 is a risk anywhere.
    ["高", true, "D"],
    ["中", true, "C"],
    ["低", true, "A"],
    ["High", true, "D"],
    ["高", false, "A"],
    ["中等", false, "B"],
    ["较低", false, "C"],
    ["信用高", false, "A"],
    ["Low", false, "C"],
    ["高风险", false, "D"],
    ["优", false, undefined],
    // A level changed: the one now, by what the column rates.
    ["高->低", true, "A"],
    ["低 → 高", true, "D"],
    ["高→低", false, "C"],
  ])("level %p in a risk column (%p) → %p", (text, risk, cls) => {
    expect(creditFromLevel(text, risk)).toBe(cls);
  });

  it.each([
    ["高", "high"],
    ["较大", "high"],
    ["潜力高", "high"],
    ["中等", "medium"],
    ["一般", "medium"],
    ["低", "low"],
    ["小", "low"],
    ["Medium", "medium"],
    ["120万", undefined],
    // With its meaning beside it: by the class (each was "not a number").
    ["高（重点培养）", "high"],
    ["低 - 维持", "low"],
    ["120万（预估）", undefined],
    // Grades and other words a manager writes (each was "not a number", the class left to the growth).
    ["A", "high"],
    ["B类", "medium"],
    ["C", "low"],
    ["H", "high"],
    ["L", "low"],
    ["有潜力", "high"],
    ["待挖掘", "high"],
    ["成长型", "high"],
    ["成熟", "medium"],
    ["饱和", "low"],
    ["无潜力", "low"],
    ["衰退", "low"],
    ["D", undefined],
    // Strong and weak, a top grade, a growth type and a CRM's stars (each was "not a number").
    ["高潜", "high"],
    ["强", "high"],
    ["弱", "low"],
    ["潜力弱", "low"],
    ["S级", "high"],
    ["增长型", "high"],
    ["★★★★☆", "high"],
    ["★★★", "medium"],
    ["5星", "high"],
    ["2星", "low"],
    // S alone may be a size (S/M/L: small), and a lone ★ may only mark the row: neither is read.
    ["S", undefined],
    ["★", undefined],
    // A class changed: the one now.
    ["中 -> 高", "high"],
    ["高→低", "low"],
  ])("stated potential %p → %p", (text, cls) => {
    expect(potentialFromWord(text)).toBe(cls);
  });

  it.each([
    ["主导", "dominant"],
    ["Leader", "dominant"],
    ["强势", "strong"],
    ["优势", "strong"],
    ["竞争型", "competitive"],
    ["一般", "competitive"],
    ["弱势", "weak"],
    ["劣势", "weak"],
    ["35%", undefined],
    ["强势（本地第一）", "strong"],
    ["弱势 - 需扶持", "weak"],
    // Market positions, ranks and a share 高/低 (each was "not a number").
    ["市场领导者", "dominant"],
    ["龙头", "dominant"],
    ["第一", "dominant"],
    ["No.1", "dominant"],
    // A rank in digits or as reports write it (each was "not a number").
    ["第1", "dominant"],
    ["排名第1", "dominant"],
    ["Top 1", "dominant"],
    ["#1", "dominant"],
    ["第2名", "strong"],
    ["前3", "strong"],
    ["Top 3", "strong"],
    ["#3", "strong"],
    ["挑战者", "strong"],
    ["Challenger", "strong"],
    ["前三", "strong"],
    ["高", "strong"],
    ["追随者", "competitive"],
    ["Follower", "competitive"],
    ["补缺者", "weak"],
    ["Niche", "weak"],
    ["空白", "weak"],
    ["低", "weak"],
    // By its degree (each was "not a number").
    ["很低", "weak"],
    ["偏低", "weak"],
    ["很强", "strong"],
    ["很高", "strong"],
    // An advantage by its degree, and a market not yet entered or just opened (each was "not a number").
    ["绝对优势", "dominant"],
    ["相对优势", "strong"],
    ["空白市场", "weak"],
    ["新市场", "weak"],
    ["新开发", "weak"],
    // A class changed: the one now (Weak -> Strong was weak).
    ["Weak -> Strong", "strong"],
    ["弱势→强势", "strong"],
  ])("stated regional share %p → %p", (text, cls) => {
    expect(shareFromWord(text)).toBe(cls);
  });

  it.each([
    [0, "A"],
    [1, "B"],
    [30, "B"],
    [31, "C"],
    [90, "C"],
    [91, "D"],
  ])("credit from %p days overdue → %p", (days, cls) => {
    expect(creditFromOverdue(days, DEFAULT_RULES)).toBe(cls);
  });

  it.each([
    [0.3, "high"],
    [0.299, "medium"],
    [0, "medium"],
    [-0.01, "low"],
  ])("potential from growth %p → %p", (g, cls) => {
    expect(potentialFromGrowth(g, DEFAULT_RULES)).toBe(cls);
  });

  it.each([
    [0.5, "high"],
    [0.2, "medium"],
    [0.1, "low"],
  ])("potential from headroom %p → %p", (h, cls) => {
    expect(potentialFromHeadroom(h, DEFAULT_RULES)).toBe(cls);
  });

  it.each([
    [0.42, "dominant"],
    [0.4199, "strong"],
    [0.26, "strong"],
    [0.11, "competitive"],
    [0.1099, "weak"],
  ])("regional share %p → %p (Lanchester bands)", (s, cls) => {
    expect(shareClass(s, DEFAULT_RULES)).toBe(cls);
  });
});

describe("tiers, statuses and totals as people write them", () => {
  it.each([
    ["重点", "key"],
    ["重点客户", "key"],
    ["Key account", "key"],
    ["A", "key"],
    ["普通", "ordinary"],
    ["Ordinary", "ordinary"],
    ["潜在客户", "prospect"],
    ["prospect", "prospect"],
    ["KA", "key"],
    ["A类", "key"],
    ["B类", "ordinary"],
    ["C类", "prospect"],
    ["A级", "key"],
    ["B级客户", "ordinary"],
    ["C级", "prospect"],
    ["战略", "key"],
    ["主要客户", "key"],
    ["次要客户", "ordinary"],
    ["Major", "key"],
    ["Standard", "ordinary"],
    ["Potential", "prospect"],
    ["VIP", "key"],
    ["战略客户", "key"],
    ["一类", "key"],
    ["甲类", "key"],
    ["二类客户", "ordinary"],
    ["乙类", "ordinary"],
    ["三类", "prospect"],
    ["丙类", "prospect"],
    // S above A, as Chinese CRMs grade: "not a valid tier" before.
    ["S", "key"],
    ["S级客户", "key"],
    ["s类", "key"],
    // A partner programme's metals have no one reading: the override is refused and said.
    ["Gold", undefined],
    // A tier with why beside it, as a planner types it (each was refused as no tier).
    ["重点客户（老板指定）", "key"],
    ["普通 - 观察", "ordinary"],
    ["Key (HQ request)", "key"],
    ["Gold (2025)", undefined],
    // A move to a tier, as a planner writes it (each was refused as no tier); a move without its tier
    // (升级) is no tier: it moves one from the machine's (moveFromText).
    ["提升为重点", "key"],
    ["升为重点客户", "key"],
    ["降为普通", "ordinary"],
    ["调整为意向客户", "prospect"],
    ["Promote to Key", "key"],
    ["Move to Ordinary", "ordinary"],
    // A tier kept is as much the planner's (each was refused as no tier); 保持 alone keeps the run's own.
    ["保持重点", "key"],
    ["维持普通客户", "ordinary"],
    ["仍为重点客户", "key"],
    ["Keep as Key", "key"],
    ["Stay Ordinary", "ordinary"],
    // Make, force, mark as, and prospects in a sales team's words (each was refused as no tier).
    ["Make Key", "key"],
    ["Force Key", "key"],
    ["Mark as Key", "key"],
    ["Make Ordinary", "ordinary"],
    ["潜客", "prospect"],
    ["储备客户", "prospect"],
    ["待开发", "prospect"],
    ["Make", undefined],
    ["Marketing", undefined],
    ["保持", undefined],
    ["Keep as is", undefined],
    // A change from one tier to another: the tier it goes to (Key -> Ordinary was key, read as a tier with
    // a gloss; 重点→普通 and 由重点调为普通 were no tier).
    ["Key -> Ordinary", "ordinary"],
    ["重点->普通", "ordinary"],
    ["重点客户→普通客户", "ordinary"],
    ["普通 → 重点", "key"],
    ["A=>B", "ordinary"],
    ["由重点调为普通", "ordinary"],
    ["从重点降为普通", "ordinary"],
    ["重点→", undefined],
    ["重点→观察", undefined],
    // More ways to set one (each was no tier).
    ["改成重点", "key"],
    ["设为重点", "key"],
    ["定为重点客户", "key"],
    ["纳入重点客户", "key"],
    ["归为普通", "ordinary"],
    // A focus is no tier.
    ["重点跟进", undefined],
    ["升级", undefined],
    // A numbered tier is none here: T1 and 一级 elsewhere are a distributor's level (numberedTier).
    ["T1", undefined],
    ["一级", undefined],
  ])("tier %p → %p", (text, tier) => {
    expect(tierFromText(text)).toBe(tier);
  });

  it.each([
    // A numbered tier in an override column, the first the top (each was refused as no tier).
    ["Tier 1", "key"],
    ["T1", "key"],
    ["一级客户", "key"],
    ["1级", "key"],
    ["Tier 2", "ordinary"],
    ["二级", "ordinary"],
    ["Tier 3", "prospect"],
    ["3级客户", "prospect"],
    // A bare figure is a rank or a priority as much as a tier; a distributor's level is no tier.
    ["1", undefined],
    ["三", undefined],
    ["Tier 4", undefined],
    ["一级经销商", undefined],
  ])("numbered tier %p → %p", (text, tier) => {
    expect(numberedTier(text)).toBe(tier);
  });

  it.each([
    ["升级", 1],
    ["升一级", 1],
    ["上调", 1],
    ["提升一级", 1],
    ["调升一级", 1],
    ["升一档", 1],
    ["升级（年度大单）", 1],
    ["Upgrade", 1],
    ["Move up", 1],
    ["promote", 1],
    ["↑", 1],
    ["降级", -1],
    ["降一级", -1],
    ["下调", -1],
    ["调低", -1],
    ["调降", -1],
    ["下调一档", -1],
    ["Downgrade", -1],
    ["Demote (late payer)", -1],
    ["↓", -1],
    // 上升 and 下降 as 上调 and 下调 are (each was refused as no tier).
    ["上升一级", 1],
    ["上升", 1],
    ["下降一级", -1],
    ["降低一档", -1],
    // A tier named is no move; nor is a number of tiers, nor a change's label of ours for another thing.
    ["提升为重点", undefined],
    ["升两级", undefined],
    ["+1", undefined],
    ["2", undefined],
    ["不变", undefined],
    ["Upgrade to Gold", undefined],
  ])("move %p → %p", (text, move) => {
    expect(moveFromText(text)).toBe(move);
  });

  it.each([
    ["取消重点", true],
    ["移出重点客户", true],
    ["非重点", true],
    ["不再列为重点", true],
    ["取消重点客户资格", true],
    ["取消重点（连续两季未达标）", true],
    ["Not key", true],
    ["Remove from Key", true],
    // A tier named, or a key account's word alone, is no way out of the key tier.
    ["重点", false],
    ["重点客户", false],
    ["取消", false],
    ["非", false],
    ["Key", false],
  ])("out of the key tier %p → %p", (text, out) => {
    expect(notKeyTier(text)).toBe(out);
  });

  it.each([
    ["潜在", "prospect"],
    ["意向客户", "prospect"],
    ["合作中", "active"],
    ["Active", "active"],
    ["停止合作", "inactive"],
    ["Churned", "inactive"],
    // A relationship by its kind, a shop closed, an account merged into another (each was unknown), and
    // the kind denied, no deal yet.
    ["正式合作", "active"],
    ["战略合作", "active"],
    ["深度合作", "active"],
    ["未正式合作", "prospect"],
    ["潜客", "prospect"],
    ["目标客户", "prospect"],
    ["已拉黑", "inactive"],
    // A CRM's cancelled, deactivated, archived or merged account; one under evaluation (each was unknown).
    ["Cancelled", "inactive"],
    ["Deactivated", "inactive"],
    ["Archived", "inactive"],
    ["Merged", "inactive"],
    ["Under Evaluation", "prospect"],
    ["战略合作意向", "prospect"],
    ["停业", "inactive"],
    ["已关店", "inactive"],
    ["合并至杭州瑞丰", "inactive"],
    ["合并到总部", "inactive"],
    // Lost touch is no ending the sheet states.
    ["失联", undefined],
    // A status in a longer text: an ended relationship before a customer's words it holds.
    ["已停止合作", "inactive"],
    ["停止合作（2024年）", "inactive"],
    ["不再合作", "inactive"],
    ["已流失", "inactive"],
    ["Inactive customer", "inactive"],
    ["潜在客户-待跟进", "prospect"],
    ["未合作", "prospect"],
    ["合作中（新签）", "active"],
    ["已合作", "active"],
    // Suspended, frozen, blacklisted or cleared out: no relationship to tier, as 暂停 is.
    // A frozen account (冻结, an ERP's order block) is a customer whose credit stopped, not an ending.
    ["冻结", "active"],
    ["账户冻结", "active"],
    ["已解冻", "active"],
    ["黑名单", "inactive"],
    ["清退", "inactive"],
    ["已淘汰", "inactive"],
    // Out of the channel: it was an unknown status, and the account tiered as a customer.
    ["退出", "inactive"],
    ["已退出", "inactive"],
    ["退出合作", "inactive"],
    ["已退网", "inactive"],
    ["解除合作", "inactive"],
    ["Blacklisted", "inactive"],
    ["Suspended", "inactive"],
    // Not signed yet: a prospect.
    ["待审核", "prospect"],
    ["待签约", "prospect"],
    ["考察中", "prospect"],
    // Out of business or void: no relationship to tier.
    ["倒闭", "inactive"],
    ["已关停", "inactive"],
    ["转行", "inactive"],
    ["无效客户", "inactive"],
    // On hold is business paused, a hold (below): a customer still, on cash terms.
    ["On hold", "active"],
    ["Account On Hold", "active"],
    // Not signed, no order yet: a prospect (未签约 read as 签约, a customer).
    ["未签约", "prospect"],
    ["未签", "prospect"],
    ["未下单", "prospect"],
    ["未开户", "prospect"],
    // Merged into another account, or handed to another distributor: ended here.
    ["已合并", "inactive"],
    ["已转让", "inactive"],
    ["有效客户", "active"],
    // A customer's word negated: dormant, neither ended nor a customer by its status (不活跃 read as 活跃).
    ["不活跃", undefined],
    ["非活跃客户", undefined],
    ["未激活", undefined],
    ["Not active", undefined],
    ["休眠", undefined],
    ["??", undefined],
    // At risk of ending, or taken back: a customer (流失预警 skipped the accounts to act on first).
    ["流失预警", "active"],
    ["有流失风险", "active"],
    ["濒临流失", "active"],
    ["Churn risk", "active"],
    ["At risk", "active"],
    ["恢复合作", "active"],
    // As ledgers write a customer: 合作 and 有效 alone, a trial that is buying; not yet activated, a prospect.
    ["合作", "active"],
    ["有效", "active"],
    ["试合作", "active"],
    ["长期合作", "active"],
    ["待激活", "prospect"],
    ["无效", "inactive"],
    ["已解冻", "active"],
    ["暂停发货（信用）", "active"],
    ["停止供货", "active"],
    ["停止合作（信用风险）", "inactive"],
    // As CRMs write a stage: HubSpot's lifecycle, Salesforce's account type and stage, Chinese CRMs.
    ["opportunity", "prospect"],
    ["subscriber", "prospect"],
    ["marketingqualifiedlead", "prospect"],
    ["Sales Qualified Lead", "prospect"],
    // Their short forms, and a customer's renewal stage (each was an unknown status).
    ["MQL", "prospect"],
    ["SQL", "prospect"],
    ["Renewal", "active"],
    ["Renewal Due", "active"],
    // A Chinese CRM's stages after the deal (回款, 售后, 复购, 续费, 试用中), a customer being won back
    // (挽回中) and one whose contract ran out (到期); a referral (转介绍) is a lead: each was unknown.
    ["回款", "active"],
    ["售后", "active"],
    ["复购", "active"],
    ["续费", "active"],
    ["试用中", "active"],
    ["挽回中", "active"],
    ["到期", "active"],
    ["转介绍", "prospect"],
    ["evangelist", "active"],
    ["Customer - Channel", "active"],
    ["Channel Partner / Reseller", "active"],
    ["Closed Won", "active"],
    ["Closed Lost", "inactive"],
    ["Disqualified", "inactive"],
    ["线索", "prospect"],
    ["商机", "prospect"],
    ["未成交", "prospect"],
    ["已成交", "active"],
    ["赢单", "active"],
    ["输单", "inactive"],
    // A customer once: the relationship ended ("Former Customer" read as a customer, by "customer").
    ["Former Customer", "inactive"],
    ["Ex-customer", "inactive"],
    ["Lapsed", "inactive"],
    ["前客户", "inactive"],
    ["原客户", "inactive"],
    ["Technology Partner", undefined],
    ["老客户", "active"],
    ["新客户", "active"],
    ["新开发", "active"],
    // A dealer under watch or told to correct itself is a customer, at risk; so is one whose contract
    // ran out or is due. A trial order, a first order or a renewal made a customer.
    ["合同到期", "active"],
    ["未续约", "active"],
    ["待续约", "active"],
    ["Contract Expired", "active"],
    ["试单", "active"],
    ["Trial", "active"],
    // Steps of a deal before the first order (each was an unknown status).
    ["重点开发", "prospect"],
    ["样品阶段", "prospect"],
    ["送样中", "prospect"],
    ["招标中", "prospect"],
    ["Negotiation", "prospect"],
    ["Proposal", "prospect"],
    ["Credit Hold", "active"],
    ["Delivery Block", "active"],
    ["首单", "active"],
    ["续约中", "active"],
    ["重点观察", "active"],
    ["限期整改", "active"],
    // Talks under way (在谈, 谈判中, 接洽中), a deal not yet made: prospects (在谈 was an unknown status).
    ["在谈", "prospect"],
    ["谈判中", "prospect"],
    ["接洽中", "prospect"],
    ["待合作", "prospect"],
    ["储备客户", "prospect"],
    // A CRM's deal stages and pools (纷享销客, 销售易): each was an unknown status.
    ["公海客户", "prospect"],
    ["跟进中", "prospect"],
    ["初步接触", "prospect"],
    ["需求确认", "prospect"],
    ["方案报价", "prospect"],
    ["首次成交", "active"],
    ["多次成交", "active"],
    ["死单", "inactive"],
    ["重复客户", "inactive"],
    ["已并入华信商贸", "inactive"],
    ["被收购", "inactive"],
    // As ledgers write a customer trading (正常供货, 经营正常), renewed, or by its kind (重点客户, VIP);
    // a lead converted (it was an ending, by "closed"), one not contacted yet a prospect. Each was unknown.
    ["正常供货", "active"],
    ["经营正常", "active"],
    ["已续签", "active"],
    ["已回款", "active"],
    ["重点客户", "active"],
    ["VIP", "active"],
    ["Key Account", "active"],
    ["潜在大客户", "prospect"],
    ["Closed - Converted", "active"],
    ["已转化", "active"],
    ["Closed - Not Converted", "inactive"],
    ["未联系", "prospect"],
    ["Open - Not Contacted", "prospect"],
    ["Attempted to Contact", "prospect"],
    ["考察", "prospect"],
    // Each was an unknown status on its row.
    ["Onboarded", "active"],
    ["New Account", "active"],
    ["Contracted", "active"],
    ["Live", "active"],
    ["Go-live", "active"],
    ["In Trial", "active"],
    ["已激活", "active"],
    ["唤醒", "active"],
    ["Pending Activation", "prospect"],
    ["Engaged", "prospect"],
    ["Shut Down", "inactive"],
    // A CRM's words (Zoho's account ratings, HubSpot's and Salesforce's lead statuses; each was unknown):
    // paused as 暂停 is, a failed or cancelled deal as a lost one, a deal being negotiated as 洽谈中.
    // (Contacted, Connected, Recycled and Bad Timing are a follow-up's step, no standing: isNoStanding.)
    ["Paused", "inactive"],
    ["Market Failed", "inactive"],
    ["Project Cancelled", "inactive"],
    ["Acquired by Acme", "inactive"],
    ["In Negotiation", "prospect"],
    ["Negotiating", "prospect"],
    // Dormant: neither ended nor a customer by its status; the sales decide.
    ["休眠", undefined],
    ["沉睡客户", undefined],
    ["Dormant", undefined],
    // A status changed: the one now (潜在->合作中 was a prospect).
    ["潜在->合作中", "active"],
    ["Prospect -> Customer", "active"],
    ["合作中→暂停", "inactive"],
    ["暂停→恢复合作", "active"],
  ])("status %p → %p", (text, status) => {
    expect(statusFromText(text)).toBe(status);
  });

  it.each([
    ["信用冻结", true],
    ["冻结", true],
    ["暂停发货", true],
    // Shipments restricted (限制发货 was no rating in a credit column, and no hold in a status).
    ["限制发货", true],
    ["限制赊销", true],
    ["解除限制发货", false],
    ["Credit Hold", true],
    ["Order Block", true],
    ["Blocked", true],
    ["Account Blocked", true],
    ["On Hold", true],
    ["Account on hold", true],
    ["Unblocked", false],
    ["已解冻", false],
    ["解除冻结", false],
    // Not frozen is no hold (未冻结 was one: D on cash terms).
    ["未冻结", false],
    ["无冻结", false],
    ["Not on hold", false],
    ["合作中", false],
  ])("a hold %p: %p", (text, hold) => {
    expect(isHoldStatus(text)).toBe(hold);
  });

  it("tells a dormant status and one at risk", () => {
    for (const t of ["休眠", "沉睡客户", "不活跃", "Dormant", "未激活", "本年无交易", "无进货"])
      expect(isDormantStatus(t)).toBe(true);
    for (const t of ["合作中", "停止合作", "潜在", "流失预警"]) expect(isDormantStatus(t)).toBe(false);
    for (const t of [
      "重点观察",
      "限期整改",
      "流失预警",
      "合同到期",
      "未续约",
      "Renewal Due",
      "挽回中",
      "已到期",
    ])
      expect(isRiskStatus(t)).toBe(true);
    for (const t of ["合作中", "续约中", "已续约", "到期日"]) expect(isRiskStatus(t)).toBe(false);
  });

  it("tells a legal dispute from none and from one settled", () => {
    for (const t of [
      "法律诉讼",
      "仲裁中",
      "被执行",
      "Litigation",
      "In Dispute",
      "已发律师函",
      "Legal action pending",
    ])
      expect([t, isDisputeStatus(t)]).toEqual([t, true]);
    for (const t of ["无纠纷", "没有诉讼", "纠纷已解决", "诉讼已结案", "Dispute settled", "合作中"])
      expect([t, isDisputeStatus(t)]).toEqual([t, false]);
    // A customer either way: its sales decide.
    expect(statusFromText("法律诉讼")).toBe("active");
  });

  it.each([
    ["合计", true],
    ["总计", true],
    ["小计", true],
    ["合 计", true],
    ["华东区合计", true],
    // Excel (zh-CN) labels a table's total row 汇总; a region's subtotal is written the same way.
    ["汇总", true],
    ["汇总：", true],
    ["华东汇总", true],
    // Data > Subtotal (分类汇总) writes "<group> 汇总" rows above its 总计.
    ["华东 汇总", true],
    ["汇总贸易有限公司", false],
    ["Total", true],
    ["TOTAL:", true],
    ["Grand Total", true],
    ["Subtotal", true],
    ["Total for East", true],
    ["Total Logistics Co.", false],
    ["Totally Fresh Foods", false],
    ["合计贸易有限公司", false],
    ["Summit Trading", false],
    ["ＴＯＴＡＬ", true],
    ["ｓｕｍ", true],
    ["sUm", true],
    ["OVERALL", true],
    ["经销商123号", false],
    // A part of the total above it, as a statement breaks one down.
    ["其中：重点客户", true],
    ["其中:华东", true],
    ["其中 一级经销商", true],
    ["of which: East", true],
    ["Of which key accounts", true],
    ["其中", false],
    ["Ofwhich Trading", false],
    ["Oriental Which Co.", false],
    // LibreOffice's PivotTable grand total, its English and Chinese UI; a company's name that ends so is not.
    ["Total Result", true],
    ["合计 结果", true],
    ["总计结果", true],
    ["Best Result", false],
    ["East Result", false],
  ])("%p is a totals row: %p", (text, total) => {
    expect(isTotalLabel(text)).toBe(total);
  });

  it("reads a LibreOffice PivotTable's group subtotal beside a blank name, not a name that ends so", () => {
    expect(unnamedTotalLabel(["华东 Result", null, 4300])).toBe("华东 Result");
    expect(unnamedTotalLabel([null, "华东 结果 ", 4300])).toBe("华东 结果");
    expect(unnamedTotalLabel(["Result", null, 4300])).toBeUndefined();
    expect(unnamedTotalLabel(["华东结果", null, 4300])).toBeUndefined();
    // English Excel's group totals (Data > Subtotal, a PivotTable's subtotals at the foot).
    expect(unnamedTotalLabel(["John Smith Total", null, 4300])).toBe("John Smith Total");
    expect(unnamedTotalLabel(["Totally Fresh", null, 4300])).toBeUndefined();
    // Data > Subtotal by another function: Count, Average, Max…, and their grand rows, in both UIs.
    for (const label of [
      "East Average",
      "East Count",
      "East Count Nums",
      "West Max",
      "Grand Average",
      "Grand StdDevp",
    ])
      expect(unnamedTotalLabel([label, null, 4300])).toBe(label);
    // LibreOffice's Data > Subtotals, its sum too (made by LibreOffice in tests/integration/cli.test.ts).
    for (const label of ["East Sum", "Grand Sum", "华东 求和", "总计 求和", "总计 平均值", "华东 数值计数"])
      expect(unnamedTotalLabel([label, null, 4300])).toBe(label);
    for (const label of ["华东 平均值", "华东 计数", "华南 最大值", "总计数", "总计平均值", "华北 总体方差"])
      expect(unnamedTotalLabel([label, null, 4300])).toBe(label);
    // Not a word that merely ends so, nor the function's name alone.
    for (const label of ["Maxim", "Average", "计数", "Discount", "Remax"])
      expect(unnamedTotalLabel([label, null, 4300])).toBeUndefined();
  });
});

describe("isSectionHeading", () => {
  const none = () => new Set<string>();
  it.each([
    ["华东区", true],
    ["二、华南大区", true],
    ["（三）西北片区", true],
    ["4. 浙江省", true],
    ["上海市", true],
    ["区域：华北", true],
    ["North-East Region", true],
    ["Southern Area", true],
    ["Region: East", true],
    ["华东商贸有限公司", false],
    ["上海新盛商贸", false],
    ["Eastern Trading Co.", false],
    ["West", true],
    ["经销商01", false],
  ])("%p alone in its row heads a group: %p", (text, heading) => {
    expect(isSectionHeading([null, text, null, null], 1, none)).toBe(heading);
  });

  it("takes a value of the region column, with or without 区, as a region", () => {
    const regions = () => new Set(["苏南", "苏北"]);
    expect(isSectionHeading(["苏南区", null], 0, regions)).toBe(true);
    expect(isSectionHeading(["苏南", null], 0, none)).toBe(false);
  });

  it("is no heading when any other cell holds something else", () => {
    expect(isSectionHeading([null, "华东区", "华东", null], 1, none)).toBe(false);
    expect(isSectionHeading([null, "华东区", null, 0], 1, none)).toBe(false);
    expect(isSectionHeading(["华东区", "华东区", "华东区"], 1, none)).toBe(true);
  });
});

describe("isNoteLabel", () => {
  it.each([
    ["注：1. 销售额为含税金额", true],
    ["注1：数据截至10月底", true],
    ["说明 2、新客户以签约日期为准", true],
    ["制表人：张三", true],
    ["审核: 李四", true],
    ["数据来源：ERP系统", true],
    ["制表日期：2025-11-30", true],
    ["以上数据截至2025年10月31日", true],
    ["※ 含税金额", true],
    ["Note: amounts include VAT", true],
    ["Prepared by: Zhang San", true],
    // Found on a ledger's foot: each was tiered as a prospect.
    ["填表日期：2025-11-01", true],
    ["制单人：王五", true],
    ["日期：2025年11月", true],
    ["说明", true],
    ["备注", true],
    ["Notes", true],
    ["Date: 2025-11-30", true],
    ["Last updated: Nov 2025", true],
    ["日期贸易有限公司", false],
    ["Date Palm Foods Ltd.", false],
    ["备注贸易商行", false],
    ["注塑机械有限公司", false],
    ["说明书印务（上海）有限公司", false],
    ["来源贸易", false],
    ["Source Trading Co.", false],
    ["Notes & Co", false],
    // A report's foot as the package prints it (QuickBooks' basis and time): it was tiered a prospect.
    ["Accrual basis Monday, December 1, 2025 10:30 AM GMT-08:00", true],
    ["Cash Basis Tuesday, January 6, 2026 09:12 AM GMTZ", true],
    ["Printed on 2025-12-01 10:30", true],
    ["Generated at Mon, 1 Dec 2025", true],
    ["Page 1 of 2", true],
    ["第1页/共3页", true],
    ["共2页", true],
    ["Cash Basis Ltd", false],
    ["Page One Books", false],
    ["Run At Sports Co.", false],
    // Salesforce's report export ends so (both were tiered as prospects).
    ["Confidential Information - Do Not Distribute", true],
    ["Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved.", true],
    ["© 2025 Contoso Ltd.", true],
    ["版权所有 © 2025 某某科技", true],
    ["Confidential Solutions Ltd", false],
    ["Copyright Agency Ltd", false],
  ])("%p is a note: %p", (text, note) => {
    expect(isNoteLabel(text)).toBe(note);
  });
});

describe("provinceOf", () => {
  it.each([
    ["浙江省杭州市西湖区", "浙江省"],
    ["浙江/杭州/西湖", "浙江"],
    ["上海市浦东新区", "上海市"],
    ["内蒙古自治区呼和浩特市", "内蒙古自治区"],
    ["黑龙江省哈尔滨市", "黑龙江省"],
    ["新疆维吾尔自治区乌鲁木齐市", "新疆维吾尔自治区"],
    ["华东", undefined],
    ["California", undefined],
  ])("%p starts with the province %p", (text, province) => {
    expect(provinceOf(text)).toBe(province);
  });
});

describe("isVacantOwner", () => {
  it.each([
    ["", true],
    ["无", true],
    ["-", true],
    ["/", true],
    ["N/A", true],
    ["待分配", true],
    ["暂无", true],
    [" TBD ", true],
    ["张三（已离职）", true],
    ["李四(离职)", true],
    ["王五-离职", true],
    ["已离职", true],
    ["Zhang San (left)", true],
    ["张三", false],
    ["张三/李四", false],
    ["无锡办事处", false],
    ["Nadia", false],
    ["离职员工交接组", false],
  ])("%p names nobody: %p", (text, vacant) => {
    expect(isVacantOwner(text)).toBe(vacant);
  });
});

describe("worseCredit", () => {
  it.each([
    ["A", "D", "D"],
    ["D", "A", "D"],
    ["B", "C", "C"],
    ["C", undefined, "C"],
    [undefined, "B", "B"],
    [undefined, undefined, undefined],
  ] as const)("the worse of %s and %s is %s", (a, b, worse) => {
    expect(worseCredit(a, b)).toBe(worse);
  });
});
