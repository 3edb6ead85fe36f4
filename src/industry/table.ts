/**
 * The built-in industry benchmark table (docs/industry.md, generated from it): what is usual for the common
 * micro-enterprise trades, keyed by the national industry classification GB/T 4754-2017 (国民经济行业分类).
 * Pure data, no I/O. Versioned: a change of any figure changes `INDUSTRY_TABLE_VERSION`.
 *
 * Every metric is graded like a peer guideline table, five values in grade order 优秀 / 良好 / 平均 / 较低 / 较差
 * (excellent, good, average, low, poor), from the firm's point of view: a higher gross margin and longer
 * supplier credit are better, fewer months of stock and fewer customer days are better. Seasonality, where
 * known, is twelve monthly indices (January first) whose mean is 1 (the twelve add up to 12).
 *
 * The figures are indicative unless a row says otherwise: no published survey of micro-enterprises by trade was
 * found. Where a published figure for larger firms of the trade exists, the row's `source` names it as a
 * reference point (docs/industry.md lists them); it is not the row's average, since firms above the statistical
 * size threshold (限额以上) run other margins than a stall. A bank replaces or overrides rows in its policy
 * (`policy.industry`).
 */

/** The table's version: the year and a running number. */
export const INDUSTRY_TABLE_VERSION = '2026.1';

/** The grades, best first: 优秀, 良好, 平均, 较低, 较差. */
export const GRADES = ['excellent', 'good', 'average', 'low', 'poor'] as const;
export type Grade = (typeof GRADES)[number];

/** Five values in grade order (excellent first), decimal strings. */
export type Graded = readonly [string, string, string, string, string];

/** Twelve monthly indices, January first, mean 1 (decimal strings). */
export type MonthlyIndex = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

/** One row of the table: a trade and what is usual for it. */
export interface IndustryRow {
  /** GB/T 4754-2017 code without its section letter: a division (2 digits), group (3) or class (4). */
  readonly code: string;
  /** The classification's own name of the code (Chinese, as GB/T 4754-2017 names it). */
  readonly name: string;
  /** Gross margin as a fraction of sales; higher is better. */
  readonly grossMargin?: Graded;
  /** Stock at cost in months of sales (of cost of goods sold); fewer is better. */
  readonly stockMonths?: Graded;
  /** Days customers take to pay; fewer is better. */
  readonly customerDays?: Graded;
  /** Days of credit suppliers allow; more is better. */
  readonly supplierDays?: Graded;
  /** Sales by month (mean 1), where known. */
  readonly salesSeasonality?: MonthlyIndex;
  /** Purchases of stock by month (mean 1), where known. */
  readonly purchaseSeasonality?: MonthlyIndex;
  /** Where the figures come from: `indicative` (xcheck's estimate) or `published` (every figure from `source`). */
  readonly basis: 'indicative' | 'published';
  /** What the figures rest on, and any published reference point with where it was published. */
  readonly source: string;
}

const INDICATIVE = "Indicative: xcheck's estimate for micro-enterprises of the trade; no published survey of such firms by trade was found.";
const FUJIAN_2015 =
  '福建统计年鉴2016, 表15-6 限额以上批发和零售企业主要效益指标(2015年), https://tjj.fujian.gov.cn/tongjinianjian/dz2016/cn/html/1506.htm';
const MOFCOM_2012 = '商务部《2012年零售业发展报告》as quoted by linkshop.com, http://linkshop.com/club/archives/2013/537151.shtml';
const reference = (what: string, where: string) => `${INDICATIVE} Reference point for larger firms: ${what} (${where}).`;

/** Garment sales peak in autumn and winter; stock is bought ahead of the season. */
const GARMENT_SALES: MonthlyIndex = ['1.2', '0.9', '1.0', '0.9', '0.8', '0.7', '0.7', '0.9', '1.1', '1.2', '1.3', '1.3'];
const GARMENT_PURCHASES: MonthlyIndex = ['0.9', '1.0', '0.9', '0.8', '0.7', '0.7', '0.9', '1.1', '1.3', '1.3', '1.3', '1.1'];
/** Food and daily goods peak before the Spring Festival (January or February). */
const FESTIVAL_SALES: MonthlyIndex = ['1.3', '1.2', '0.9', '0.9', '0.9', '0.9', '0.9', '0.9', '1.0', '1.0', '1.0', '1.1'];
const FESTIVAL_PURCHASES: MonthlyIndex = ['1.2', '1.0', '0.9', '0.9', '0.9', '0.9', '0.9', '1.0', '1.0', '1.0', '1.1', '1.2'];

export const INDUSTRY_TABLE: readonly IndustryRow[] = [
  {
    code: '5132',
    name: '服装批发',
    grossMargin: ['0.25', '0.18', '0.12', '0.08', '0.05'],
    stockMonths: ['1', '1.5', '2', '3', '4'],
    customerDays: ['15', '30', '45', '60', '90'],
    supplierDays: ['60', '45', '30', '15', '0'],
    salesSeasonality: GARMENT_SALES,
    purchaseSeasonality: GARMENT_PURCHASES,
    basis: 'indicative',
    source: reference('限额以上服装批发 销售毛利率 7.7% in 2015', FUJIAN_2015),
  },
  {
    code: '5232',
    name: '服装零售',
    grossMargin: ['0.45', '0.38', '0.3', '0.22', '0.15'],
    stockMonths: ['1.5', '2', '3', '4', '6'],
    customerDays: ['0', '0', '3', '7', '15'],
    supplierDays: ['30', '15', '7', '0', '0'],
    salesSeasonality: GARMENT_SALES,
    purchaseSeasonality: GARMENT_PURCHASES,
    basis: 'indicative',
    source: INDICATIVE,
  },
  {
    code: '5174',
    name: '五金产品批发',
    grossMargin: ['0.25', '0.2', '0.15', '0.1', '0.06'],
    stockMonths: ['1.5', '2', '3', '4', '6'],
    customerDays: ['20', '30', '45', '60', '90'],
    supplierDays: ['60', '45', '30', '20', '0'],
    basis: 'indicative',
    source: reference('限额以上机械设备、五金产品及电子产品批发 销售毛利率 6.7% in 2015', FUJIAN_2015),
  },
  {
    code: '5281',
    name: '五金零售',
    grossMargin: ['0.4', '0.32', '0.25', '0.18', '0.12'],
    stockMonths: ['2', '3', '4', '6', '8'],
    customerDays: ['0', '5', '10', '20', '30'],
    supplierDays: ['45', '30', '20', '10', '0'],
    basis: 'indicative',
    source: INDICATIVE,
  },
  {
    code: '3482',
    name: '紧固件制造',
    grossMargin: ['0.3', '0.24', '0.18', '0.13', '0.08'],
    stockMonths: ['1', '1.5', '2', '3', '4'],
    customerDays: ['30', '45', '60', '90', '120'],
    supplierDays: ['60', '45', '30', '15', '0'],
    basis: 'indicative',
    source: INDICATIVE,
  },
  {
    code: '3484',
    name: '机械零部件加工',
    grossMargin: ['0.35', '0.28', '0.22', '0.15', '0.1'],
    stockMonths: ['0.5', '1', '1.5', '2', '3'],
    customerDays: ['30', '45', '60', '90', '120'],
    supplierDays: ['60', '45', '30', '15', '0'],
    basis: 'indicative',
    source: INDICATIVE,
  },
  {
    code: '181',
    name: '机织服装制造',
    grossMargin: ['0.3', '0.24', '0.18', '0.13', '0.08'],
    stockMonths: ['1', '1.5', '2', '3', '4'],
    customerDays: ['30', '45', '60', '90', '120'],
    supplierDays: ['60', '45', '30', '15', '0'],
    salesSeasonality: GARMENT_SALES,
    basis: 'indicative',
    source: INDICATIVE,
  },
  {
    code: '1952',
    name: '皮鞋制造',
    grossMargin: ['0.3', '0.24', '0.18', '0.13', '0.08'],
    stockMonths: ['1', '1.5', '2', '3', '4'],
    customerDays: ['30', '45', '60', '90', '120'],
    supplierDays: ['60', '45', '30', '15', '0'],
    basis: 'indicative',
    source: INDICATIVE,
  },
  {
    code: '512',
    name: '食品、饮料及烟草制品批发',
    grossMargin: ['0.2', '0.15', '0.11', '0.08', '0.05'],
    stockMonths: ['0.5', '0.8', '1', '1.5', '2'],
    customerDays: ['7', '15', '30', '45', '60'],
    supplierDays: ['45', '30', '20', '10', '0'],
    salesSeasonality: FESTIVAL_SALES,
    purchaseSeasonality: FESTIVAL_PURCHASES,
    basis: 'indicative',
    source: reference('限额以上食品、饮料及烟草制品批发 销售毛利率 13.5% in 2015 (烟草制品批发 alone 20.7%)', FUJIAN_2015),
  },
  {
    code: '5123',
    name: '果品、蔬菜批发',
    grossMargin: ['0.2', '0.15', '0.12', '0.08', '0.05'],
    stockMonths: ['0.1', '0.2', '0.3', '0.5', '1'],
    customerDays: ['0', '3', '7', '15', '30'],
    supplierDays: ['7', '3', '0', '0', '0'],
    basis: 'indicative',
    source: INDICATIVE,
  },
  {
    code: '621',
    name: '正餐服务',
    grossMargin: ['0.65', '0.58', '0.5', '0.42', '0.35'],
    stockMonths: ['0.3', '0.5', '0.8', '1', '1.5'],
    customerDays: ['0', '0', '0', '7', '15'],
    supplierDays: ['30', '15', '7', '0', '0'],
    basis: 'indicative',
    source: INDICATIVE,
  },
  {
    code: '622',
    name: '快餐服务',
    grossMargin: ['0.65', '0.58', '0.5', '0.42', '0.35'],
    stockMonths: ['0.1', '0.3', '0.5', '0.8', '1'],
    customerDays: ['0', '0', '0', '0', '7'],
    supplierDays: ['15', '7', '3', '0', '0'],
    basis: 'indicative',
    source: INDICATIVE,
  },
  {
    code: '5212',
    name: '超级市场零售',
    grossMargin: ['0.22', '0.18', '0.145', '0.11', '0.08'],
    stockMonths: ['0.8', '1', '1.5', '2', '3'],
    customerDays: ['0', '0', '0', '3', '7'],
    supplierDays: ['60', '45', '30', '15', '7'],
    salesSeasonality: FESTIVAL_SALES,
    purchaseSeasonality: FESTIVAL_PURCHASES,
    basis: 'indicative',
    source: reference('supermarkets (超市) gross margin 14.5% in 2012', MOFCOM_2012),
  },
  {
    code: '5213',
    name: '便利店零售',
    grossMargin: ['0.25', '0.21', '0.173', '0.13', '0.1'],
    stockMonths: ['0.5', '0.8', '1', '1.5', '2'],
    customerDays: ['0', '0', '0', '0', '3'],
    supplierDays: ['30', '15', '7', '0', '0'],
    salesSeasonality: FESTIVAL_SALES,
    purchaseSeasonality: FESTIVAL_PURCHASES,
    basis: 'indicative',
    source: reference('convenience stores (便利店) gross margin 17.3% in 2012', MOFCOM_2012),
  },
  {
    code: '5219',
    name: '其他综合零售',
    grossMargin: ['0.25', '0.2', '0.16', '0.12', '0.08'],
    stockMonths: ['0.8', '1', '1.5', '2', '3'],
    customerDays: ['0', '0', '3', '7', '15'],
    supplierDays: ['15', '7', '0', '0', '0'],
    salesSeasonality: FESTIVAL_SALES,
    purchaseSeasonality: FESTIVAL_PURCHASES,
    basis: 'indicative',
    source: reference('限额以上零售业 as a whole, 销售毛利率 11.3% in 2015', FUJIAN_2015),
  },
  {
    code: '5165',
    name: '建材批发',
    grossMargin: ['0.2', '0.15', '0.1', '0.07', '0.04'],
    stockMonths: ['1', '1.5', '2', '3', '4'],
    customerDays: ['30', '45', '60', '90', '180'],
    supplierDays: ['60', '45', '30', '15', '0'],
    salesSeasonality: ['0.6', '0.5', '1.0', '1.1', '1.1', '1.0', '0.9', '1.0', '1.2', '1.3', '1.2', '1.1'],
    basis: 'indicative',
    source: reference('限额以上建材批发 销售毛利率 4.1% in 2015', FUJIAN_2015),
  },
  {
    code: '5431',
    name: '普通货物道路运输',
    grossMargin: ['0.4', '0.33', '0.25', '0.18', '0.12'],
    stockMonths: ['0', '0', '0.1', '0.3', '0.5'],
    customerDays: ['15', '30', '45', '60', '90'],
    supplierDays: ['30', '15', '7', '0', '0'],
    basis: 'indicative',
    source: INDICATIVE,
  },
  {
    code: '0141',
    name: '蔬菜种植',
    grossMargin: ['0.55', '0.45', '0.35', '0.25', '0.15'],
    stockMonths: ['0.3', '0.5', '1', '2', '3'],
    customerDays: ['0', '3', '7', '15', '30'],
    supplierDays: ['30', '15', '0', '0', '0'],
    basis: 'indicative',
    source: INDICATIVE,
  },
  {
    code: '0313',
    name: '猪的饲养',
    grossMargin: ['0.3', '0.22', '0.15', '0.08', '0.02'],
    stockMonths: ['3', '4', '5', '6', '8'],
    customerDays: ['0', '0', '3', '7', '15'],
    supplierDays: ['30', '15', '7', '0', '0'],
    basis: 'indicative',
    source: INDICATIVE,
  },
  {
    code: '0412',
    name: '内陆养殖',
    grossMargin: ['0.4', '0.32', '0.25', '0.15', '0.08'],
    stockMonths: ['4', '6', '8', '10', '12'],
    customerDays: ['0', '3', '7', '15', '30'],
    supplierDays: ['60', '30', '15', '0', '0'],
    salesSeasonality: ['1.5', '0.5', '0.3', '0.3', '0.4', '0.5', '0.7', '0.9', '1.2', '1.6', '2.0', '2.1'],
    purchaseSeasonality: ['0.3', '0.8', '1.8', '1.6', '1.3', '1.3', '1.3', '1.2', '1.0', '0.6', '0.5', '0.3'],
    basis: 'indicative',
    source: `${INDICATIVE} Seasonality: fry stocked in spring, fed through summer, harvested from autumn to the Spring Festival.`,
  },
  {
    code: '0421',
    name: '海水捕捞',
    grossMargin: ['0.45', '0.38', '0.3', '0.22', '0.15'],
    stockMonths: ['0', '0.1', '0.3', '0.5', '1'],
    customerDays: ['0', '3', '7', '15', '30'],
    supplierDays: ['30', '15', '7', '0', '0'],
    salesSeasonality: ['1.2', '1.0', '1.1', '1.1', '0.3', '0.2', '0.2', '0.4', '1.4', '1.8', '1.7', '1.6'],
    basis: 'indicative',
    source: `${INDICATIVE} Seasonality: few landings during the summer fishing moratorium (伏季休渔).`,
  },
];
