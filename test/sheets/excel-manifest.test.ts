/**
 * The manifest's host URL (src/sheets/manifest.ts) and the script that sets it on a built folder
 * (scripts/excel-manifest.ts); the whole add-in folder is checked in bundles.test.ts (checkExcelAddin).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ADDIN_HOST_PLACEHOLDER, addinVersion, excelManifest, normalizeHostUrl } from '../../src/sheets/manifest.js';

test('host URLs: https folders only, a trailing slash added', () => {
  expect(normalizeHostUrl('https://sheets.example.com/xcheck')).toBe('https://sheets.example.com/xcheck/');
  expect(normalizeHostUrl('https://localhost:3000/')).toBe('https://localhost:3000/');
  expect(() => normalizeHostUrl('http://sheets.example.com/')).toThrow('must be https');
  expect(() => normalizeHostUrl('https://sheets.example.com/?a=1')).toThrow('without ? or #');
  expect(() => normalizeHostUrl('sheets.example.com')).toThrow();
});

test('add-in versions have four numbers', () => {
  expect(addinVersion('0.1.0')).toBe('0.1.0.0');
  expect(addinVersion('12.3.45-beta.1')).toBe('12.3.45.0');
  expect(() => addinVersion('one')).toThrow();
});

test('the placeholder host is the only host of the default manifest, and an & in a URL is escaped', () => {
  const xml = excelManifest({ hostUrl: ADDIN_HOST_PLACEHOLDER, version: '0.1.0.0' });
  const hosts = new Set([...xml.matchAll(/"(https:\/\/[^/"]+\/)/g)].map((m) => m[1]));
  expect(hosts).toEqual(new Set(['https://localhost:3000/']));
  expect(excelManifest({ hostUrl: 'https://a.example/x&y/', version: '1.0.0.0' })).toContain('https://a.example/x&amp;y/functions.js');
});

test('scripts/excel-manifest.ts rewrites a built manifest with the given host', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xcheck-manifest-'));
  try {
    writeFileSync(join(dir, 'manifest.xml'), excelManifest({ hostUrl: ADDIN_HOST_PLACEHOLDER, version: '0.1.0.0' }));
    const tsx = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');
    const script = join(import.meta.dirname, '..', '..', 'scripts', 'excel-manifest.ts');
    execFileSync(tsx, [script, 'https://files.bank.example/xcheck', dir], { encoding: 'utf8' });
    const xml = readFileSync(join(dir, 'manifest.xml'), 'utf8');
    expect(xml).not.toContain('localhost');
    expect(xml).toContain('<bt:Url id="Functions.Script.Url" DefaultValue="https://files.bank.example/xcheck/functions.js"/>');
    expect(() => execFileSync(tsx, [script, 'http://files.bank.example/', dir], { stdio: 'pipe' })).toThrow();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
