/**
 * What sideloading the Excel add-in needs, checked on a built add-in folder (dist/sheets/excel/ or the tests'
 * temporary build): the manifest read back with Microsoft's own reader (`office-addin-manifest`, offline; its
 * online validator cannot be reached from CI) and, for the VersionOverrides its reader does not return,
 * parsed with fast-xml-parser; every resid resolved; every URL https under the host and naming a file of the
 * folder; the icons real PNGs of their size; functions.json what Microsoft's generator
 * (`custom-functions-metadata`) writes from functions.ts; the shared runtime page loading office.js then
 * functions.js.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { expect } from 'vitest';
import { SHEET_NAMESPACE } from '../../src/sheets/catalog.js';
import { ADDIN_ICONS } from '../../src/sheets/manifest.js';

type Node = Record<string, unknown>;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Child elements of a parsed node, always as an array. */
const all = (node: unknown, name: string): Node[] => {
  const v = (node as Node | undefined)?.[name];
  return v === undefined ? [] : (Array.isArray(v) ? v : [v]) as Node[];
};
const one = (node: unknown, name: string): Node => {
  const found = all(node, name);
  expect(found, `<${name}>`).toHaveLength(1);
  return found[0]!;
};

/** Width and height from a PNG's IHDR, after checking the signature. */
function pngSize(bytes: Buffer): [number, number] {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

export async function checkExcelAddin(dir: string, host: string): Promise<void> {
  const manifestPath = join(dir, 'manifest.xml');
  const xml = readFileSync(manifestPath, 'utf8');
  expect(XMLValidator.validate(xml)).toBe(true);

  // 1. Microsoft's reader: the top-level elements every add-in needs.
  const info = await OfficeAddinManifest.readManifestFile(manifestPath);
  expect(info.id).toMatch(GUID);
  expect(info.version).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
  expect(info.officeAppType).toBe('TaskPaneApp');
  expect(info.hosts).toEqual(['Workbook']);
  expect(info.defaultLocale).toBe('en-US');
  expect(info.providerName).toBeTruthy();
  expect(info.displayName?.length).toBeGreaterThan(0);
  expect(info.displayName!.length).toBeLessThanOrEqual(125);
  expect(info.description?.length).toBeGreaterThan(0);
  expect(info.description!.length).toBeLessThanOrEqual(250);
  expect(info.iconUrl).toBe(`${host}icon-32.png`);
  expect(info.highResolutionIconUrl).toBe(`${host}icon-64.png`);
  expect(info.defaultSettings?.sourceLocation).toBe(`${host}functions.html`);
  expect(['Restricted', 'ReadDocument', 'ReadWriteDocument']).toContain(info.permissions);

  // 2. The rest of the tree.
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as Node;
  const app = one(doc, 'OfficeApp');
  const sets = all(one(one(app, 'Requirements'), 'Sets'), 'Set').map((s) => [s['@Name'], s['@MinVersion']]);
  expect(sets).toEqual(expect.arrayContaining([['SharedRuntime', '1.1'], ['CustomFunctionsRuntime', '1.1']]));

  const overrides = one(app, 'VersionOverrides');
  expect(overrides['@xsi:type']).toBe('VersionOverridesV1_0');
  expect(overrides['@xmlns']).toBe('http://schemas.microsoft.com/office/taskpaneappversionoverrides');
  const resources = one(overrides, 'Resources');
  const ids = (group: string, item: string) =>
    new Map(all(one(resources, group), item).map((r) => [r['@id'] as string, r['@DefaultValue'] as string]));
  const urls = ids('bt:Urls', 'bt:Url');
  const shortStrings = ids('bt:ShortStrings', 'bt:String');
  const longStrings = ids('bt:LongStrings', 'bt:String');
  const images = ids('bt:Images', 'bt:Image');
  for (const v of shortStrings.values()) expect(v.length).toBeLessThanOrEqual(125);
  for (const v of longStrings.values()) expect(v.length).toBeLessThanOrEqual(250);
  const url = (resid: unknown) => {
    const u = urls.get(resid as string);
    expect(u, `bt:Url ${String(resid)}`).toBeDefined();
    return u!;
  };

  const workbook = one(one(overrides, 'Hosts'), 'Host');
  expect(workbook['@xsi:type']).toBe('Workbook');
  const runtime = one(one(workbook, 'Runtimes'), 'Runtime');
  expect(runtime['@lifetime']).toBe('long');
  const runtimeUrl = url(runtime['@resid']);

  const point = one(one(workbook, 'AllFormFactors'), 'ExtensionPoint');
  expect(point['@xsi:type']).toBe('CustomFunctions');
  const script = url(one(one(point, 'Script'), 'SourceLocation')['@resid']);
  const page = url(one(one(point, 'Page'), 'SourceLocation')['@resid']);
  const metadata = url(one(one(point, 'Metadata'), 'SourceLocation')['@resid']);
  expect([script, page, metadata]).toEqual([`${host}functions.js`, `${host}functions.html`, `${host}functions.json`]);
  // A shared runtime: the custom functions' page is the runtime's page.
  expect(page).toBe(runtimeUrl);
  const namespace = shortStrings.get(one(point, 'Namespace')['@resid'] as string);
  expect(namespace).toBe(SHEET_NAMESPACE);

  const desktop = one(workbook, 'DesktopFormFactor');
  expect(url(one(desktop, 'FunctionFile')['@resid'])).toBe(runtimeUrl);
  const started = one(desktop, 'GetStarted');
  expect(shortStrings.get(one(started, 'Title')['@resid'] as string)).toBeTruthy();
  expect(longStrings.get(one(started, 'Description')['@resid'] as string)).toBeTruthy();
  url(one(started, 'LearnMoreUrl')['@resid']);

  // Every URL of the manifest: https, under the host, a file of the folder; the icons PNGs of their size.
  const everyUrl = [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
  expect(everyUrl.length).toBeGreaterThan(8);
  for (const u of everyUrl) {
    expect(u.startsWith(host), u).toBe(true);
    expect(existsSync(join(dir, u.slice(host.length))), u).toBe(true);
  }
  expect([...images.keys()]).toEqual(['Icon.16x16', 'Icon.32x32', 'Icon.80x80']);
  for (const [file, size] of Object.entries(ADDIN_ICONS)) expect(pngSize(readFileSync(join(dir, file))), file).toEqual([size, size]);
  for (const [id, u] of images) expect(pngSize(readFileSync(join(dir, u.slice(host.length)))), id).toEqual([Number(/\d+/.exec(id)![0]), Number(/\d+/.exec(id)![0])]);

  // 3. functions.json is what Microsoft's generator makes of the JSDoc declarations (functions.ts).
  const generated = await generateCustomFunctionsMetadata(join(dir, 'functions.ts'));
  expect(generated.errors).toEqual([]);
  expect(JSON.parse(readFileSync(join(dir, 'functions.json'), 'utf8'))).toEqual(JSON.parse(generated.metadataJson));

  // 4. The shared runtime's page: office.js (CustomFunctions in a shared runtime), then the bundle.
  const html = readFileSync(join(dir, 'functions.html'), 'utf8');
  const scripts = [...html.matchAll(/<script src="([^"]+)"><\/script>/g)].map((m) => m[1]);
  expect(scripts).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'functions.js']);
}
