/**
 * Input errors: codes and params from zod issues (src/profile/errors.ts), messages from the catalogs'
 * `errors` section (src/locales/<lang>/errors.ts), Chinese in zh.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { describe, expect, test } from 'vitest';
import { catalogs, LANGS } from '../../src/locales/index.js';
import { ERROR_KEYS, LIMIT_KEYS } from '../../src/locales/sections/errors.js';
import { inputError, inputErrorText, internalError, toInputErrors } from '../../src/profile/errors.js';
import { profileSchema } from '../../src/profile/schema.js';

const src = join(import.meta.dirname, '..', '..', 'src');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the errors section', () => {
  test("every custom error key used in src (`error: 'x'`, addIssue `message: 'x'`) has a text in every catalog", () => {
    const used = new Set<string>();
    for (const file of sources(src)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\berror: '(\w+)'/g)) used.add(m[1] as string);
      for (const m of text.matchAll(/code: 'custom', message: '(\w+)'/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect([...ERROR_KEYS, ...LIMIT_KEYS], key).toContain(key);
    for (const lang of LANGS) for (const key of ERROR_KEYS) expect(catalogs[lang].errors.messages[key], `${lang} ${key}`).toMatch(/\S/);
    for (const lang of LANGS) for (const key of LIMIT_KEYS) expect(catalogs[lang].errors.limits[key]('7'), `${lang} ${key}`).toMatch(/7/);
  });

  test("the policy's cross-field codes: bandOrder and rangeOrder", () => {
    expect(inputError({ path: 'receivables', code: 'bandOrder' }).message).toEqual({
      en: 'tolerance must not be above critical',
      zh: '容忍度（tolerance）不能高于严重阈值（critical）',
    });
    expect(inputError({ path: 'x', code: 'rangeOrder' }).message.en).toBe('min must not be above max');
    expect(inputErrorText('rangeOrder', {}, 'zh')).toBe('下限（min）不能高于上限（max）');
  });

  test('zod issues become codes with params, and messages in both languages', () => {
    const errors = toInputErrors(
      z
        .strictObject({ n: z.number(), k: z.int().min(1).max(12), s: z.enum(['a', 'b']) })
        .safeParse({ n: [1], k: 13, s: 'c', extra: 1 }, { reportInput: true }).error?.issues ?? [],
    );
    expect(errors).toEqual([
      { path: 'n', code: 'invalid_type', message: { en: 'must be a number, got a list', zh: '应为数字，实际为列表' } },
      { path: 'k', code: 'too_big', message: { en: 'must be at most 12', zh: '不能大于 12' } },
      { path: 's', code: 'invalid_value', message: { en: 'must be one of "a", "b"', zh: '应为以下取值之一："a"、"b"' } },
      {
        path: 'extra',
        code: 'unknown_key',
        message: {
          en: 'is not a field xcheck knows (a typo?); see docs/profile.md for the field names',
          zh: '不是 xcheck 认识的字段（是否拼写错误？）；字段名见 docs/profile.md',
        },
      },
    ]);
  });

  test('a profile rejected: keys as codes, required fields, messages from the catalogs', () => {
    const r = profileSchema.safeParse({ analysisDate: '2026-02-30', sales: { annual: '-1' } }, { reportInput: true });
    const errors = toInputErrors(r.error?.issues ?? []);
    expect(errors.find((e) => e.path === 'analysisDate')).toEqual({
      path: 'analysisDate',
      code: 'date',
      message: { en: 'must be a real calendar date written YYYY-MM-DD', zh: '应为真实存在的日期，格式 YYYY-MM-DD' },
    });
    expect(errors.find((e) => e.path === 'business')).toEqual({ path: 'business', code: 'required', message: { en: 'is required', zh: '必填' } });
  });

  test('an internal error keeps its code and the error text', () => {
    expect(internalError(new Error('boom'))).toEqual({
      path: '(root)',
      code: 'internal_error',
      message: { en: 'xcheck failed on this input (a bug, please report it): boom', zh: 'xcheck 处理该输入时出错（程序缺陷，请报告）：boom' },
    });
  });
});
