/**
 * Input errors as data (the way zod reports problems): a stable code, the path in dotted form, and a
 * plain-words message in English and Chinese. Every problem is reported, not only the first.
 */
import type * as z from 'zod';

export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

export interface InputError {
  /** Where the problem is, e.g. `business.startDate` or `fixedAssets[0].cost`; `(root)` for the whole input. */
  readonly path: string;
  /** Stable code: `invalid_type`, `unknown_key`, `money`, `date`, … */
  readonly code: string;
  readonly message: Bilingual;
}

/** Messages for the keys used by the schemas' custom errors. */
const MESSAGES: Record<string, Bilingual> = {
  money: {
    en: 'must be an amount: a number or a decimal string such as "1500000.00" (no separators, no exponent)',
    zh: '应为金额：数字或十进制字符串，如 "1500000.00"（不含千分位或科学计数法）',
  },
  nonNegative: { en: 'must not be negative', zh: '不能为负数' },
  positive: { en: 'must be greater than zero', zh: '必须大于零' },
  fractionRange: {
    en: 'must be a fraction between 0 and 1 (0.15 means 15%)',
    zh: '应为 0 到 1 之间的小数（0.15 表示 15%）',
  },
  wholeNumber: { en: 'must be a whole number', zh: '应为整数' },
  date: {
    en: 'must be a real calendar date written YYYY-MM-DD',
    zh: '应为真实存在的日期，格式 YYYY-MM-DD',
  },
  text: { en: 'must be a non-empty text', zh: '应为非空文字' },
  enum: { en: 'is not one of the allowed values', zh: '不是允许的取值' },
  boolean: { en: 'must be true or false', zh: '应为 true 或 false' },
  twelveMonths: { en: 'must list exactly 12 months, January to December', zh: '应正好列出 12 个月（1 月至 12 月）' },
  salesRequired: {
    en: 'needs the declared annual sales or the 12 monthly sales',
    zh: '需要申报的年销售额或 12 个月的月销售额',
  },
  marginOrPurchases: {
    en: 'needs the gross margin or the annual purchases, to work out the cost of goods sold',
    zh: '需要毛利率或年进货额，才能计算销售成本',
  },
  lifeOrAppraisal: {
    en: 'needs a useful life in months or an appraised value',
    zh: '需要使用年限（月）或评估价值',
  },
  afterAnalysisDate: { en: 'is after the analysis date', zh: '晚于分析日期' },
  oneStart: { en: 'has more than one start event', zh: '有多于一个的创业（start）事件' },
  termTooLong: { en: 'must be at most 360 months', zh: '不能超过 360 个月' },
  dayBasis: { en: 'must be 360 or 365', zh: '应为 360 或 365' },
  notJson: { en: 'is not valid JSON', zh: '不是有效的 JSON' },
  belowOne: { en: 'must be below 1', zh: '必须小于 1' },
  monthRange: { en: 'must be a month number from 1 (January) to 12 (December)', zh: '应为 1（1 月）到 12（12 月）之间的月份' },
  sharesOverOne: {
    en: 'the shares of sales of the products add up to more than 1',
    zh: '各产品占销售额的比例之和超过 1',
  },
  calendarMonth: { en: 'must be a month number from 1 to 12', zh: '应为 1 到 12 的月份' },
  monthsInOrder: { en: 'must list months in increasing order, each once', zh: '月份应按先后顺序排列且不重复' },
  yearMonth: { en: 'must be a month written YYYY-MM', zh: '应为月份，格式 YYYY-MM' },
  atLeastOneMonth: { en: 'must list at least one month', zh: '至少应列出一个月' },
  flagCode: { en: 'must be a flag code in SCREAMING_SNAKE_CASE', zh: '应为大写下划线形式的疑点代码' },
};

const TYPE_NAMES: Record<string, Bilingual> = {
  object: { en: 'an object', zh: '对象' },
  array: { en: 'a list', zh: '列表' },
  string: { en: 'a text', zh: '文字' },
  number: { en: 'a number', zh: '数字' },
  boolean: { en: 'true or false', zh: '布尔值' },
};

function describeReceived(value: unknown): Bilingual {
  if (value === undefined) return { en: 'nothing', zh: '空缺' };
  if (value === null) return { en: 'null', zh: 'null' };
  if (Array.isArray(value)) return { en: 'a list', zh: '列表' };
  const t = typeof value;
  return TYPE_NAMES[t] ?? { en: t, zh: t };
}

/** `["fixedAssets", 0, "cost"]` → `fixedAssets[0].cost`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (key === '' || (typeof key === 'string' && !/^[\w$-]+$/.test(key))) out += `[${JSON.stringify(key)}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** Turns zod issues into InputErrors, one per offending path (unknown keys: one per key). */
export function toInputErrors(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): InputError[] {
  const out: InputError[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          path: formatPath([...path, key]),
          code: 'unknown_key',
          message: {
            en: 'is not a field xcheck knows (a typo?); see docs/profile.md for the field names',
            zh: '不是 xcheck 认识的字段（是否拼写错误？）；字段名见 docs/profile.md',
          },
        });
      }
      continue;
    }
    if ((issue.code === 'invalid_union' || issue.code === 'invalid_type') && 'input' in issue && issue.input === undefined) {
      out.push({ path: formatPath(path), code: 'required', message: { en: 'is required', zh: '必填' } });
      continue;
    }
    const known = MESSAGES[issue.message];
    if (known) {
      out.push({ path: formatPath(path), code: issue.message, message: known });
      continue;
    }
    if (issue.code === 'invalid_type') {
      const expected = TYPE_NAMES[issue.expected] ?? { en: issue.expected, zh: issue.expected };
      const received = describeReceived((issue as { input?: unknown }).input);
      out.push({
        path: formatPath(path),
        code: 'invalid_type',
        message: { en: `must be ${expected.en}, got ${received.en}`, zh: `应为${expected.zh}，实际为${received.zh}` },
      });
      continue;
    }
    if (issue.code === 'too_small' || issue.code === 'too_big') {
      const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const en = issue.code === 'too_small' ? `must be at least ${limit}` : `must be at most ${limit}`;
      const zh = issue.code === 'too_small' ? `不能小于 ${limit}` : `不能大于 ${limit}`;
      out.push({ path: formatPath(path), code: issue.code, message: { en, zh } });
      continue;
    }
    out.push({ path: formatPath(path), code: issue.code, message: { en: issue.message, zh: issue.message } });
  }
  return out;
}

/** One line per error, for the command line. */
export function formatInputErrors(errors: readonly InputError[], lang: 'en' | 'zh' = 'en'): string {
  return errors.map((e) => `${e.path}: ${e.message[lang]}`).join('\n');
}

/** The one error an entry point returns when xcheck itself failed (a bug): path `(root)`, code `internal_error`. */
export function internalError(error: unknown): InputError {
  const text = error instanceof Error ? error.message : String(error);
  return {
    path: '(root)',
    code: 'internal_error',
    message: { en: `xcheck failed on this input (a bug, please report it): ${text}`, zh: `xcheck 处理该输入时出错（程序缺陷，请报告）：${text}` },
  };
}
