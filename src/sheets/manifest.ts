/**
 * The Excel add-in: its XML manifest (custom functions in a shared runtime) and the shared runtime's page,
 * written by the build into dist/sheets/excel/ next to functions.js, functions.json and the icons
 * (docs/spreadsheets.md, "Excel"). Pure text from the parameters; the build passes the host URL.
 *
 * Every URL in the manifest starts with the host URL, the https folder the analyst serves
 * dist/sheets/excel/ from. The build writes `ADDIN_HOST_PLACEHOLDER` unless told another
 * (`XCHECK_ADDIN_URL=https://… npm run build`, or `npx tsx scripts/excel-manifest.ts https://…` on a built
 * dist/), and the analyst may replace it by hand in any text editor.
 *
 * This file imports only the catalog, so the build configuration can read it without bundling the library.
 */
import { SHEET_NAMESPACE } from './catalog.js';

/** The host URL the build writes when it is given none: a trial on the analyst's own machine. */
export const ADDIN_HOST_PLACEHOLDER = 'https://localhost:3000/';

/**
 * The add-in's identity: stable across versions (Office keys an installed add-in by it), so a new version
 * replaces the old one instead of appearing twice.
 */
export const ADDIN_ID = '15dbcbf5-a403-4754-9973-77cbc1afdb7a';

/** The icons the manifest names: file name → size in pixels (square PNGs). */
export const ADDIN_ICONS = { 'icon-16.png': 16, 'icon-32.png': 32, 'icon-64.png': 64, 'icon-80.png': 80 } as const;

/** The files of dist/sheets/excel/ the manifest points at (all served from the host URL). */
export const ADDIN_FILES = {
  script: 'functions.js',
  metadata: 'functions.json',
  page: 'functions.html',
} as const;

/** A host URL as the manifest needs it: https, no query or fragment, ending with `/`. */
export function normalizeHostUrl(url: string): string {
  const u = new URL(url);
  if (u.protocol !== 'https:') throw new Error(`the add-in's host URL must be https, got ${url}`);
  if (u.search !== '' || u.hash !== '') throw new Error(`the add-in's host URL must be a folder, without ? or #, got ${url}`);
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

const xmlAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The add-in version Office wants: four numbers. `0.1.0` → `0.1.0.0`; a pre-release tail is dropped.
 */
export function addinVersion(packageVersion: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(packageVersion);
  if (!m) throw new Error(`not a semver version: ${packageVersion}`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/**
 * The manifest (Office add-in manifest, XML, schema 1.1 with VersionOverrides 1.0): a task-pane add-in for
 * Excel (`Workbook`) whose only extension is the custom functions, run in a shared runtime (requirement sets
 * SharedRuntime 1.1 and CustomFunctionsRuntime 1.1) on the page `functions.html`.
 */
export function excelManifest(options: { hostUrl: string; version: string }): string {
  const host = normalizeHostUrl(options.hostUrl);
  const url = (file: string) => xmlAttr(`${host}${file}`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- xcheck for Excel: the ${SHEET_NAMESPACE} custom functions in a shared runtime (docs/spreadsheets.md).
     Every URL below starts with the host URL ${xmlAttr(host)}: the https folder that serves the files of
     dist/sheets/excel/. To serve them from another place, replace it everywhere in this file. -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
           xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides"
           xsi:type="TaskPaneApp">
  <Id>${ADDIN_ID}</Id>
  <Version>${xmlAttr(options.version)}</Version>
  <ProviderName>xcheck</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  <DisplayName DefaultValue="xcheck"/>
  <Description DefaultValue="Cross-verification (交叉检验) for micro-enterprise loans: the ${SHEET_NAMESPACE} spreadsheet functions."/>
  <IconUrl DefaultValue="${url('icon-32.png')}"/>
  <HighResolutionIconUrl DefaultValue="${url('icon-64.png')}"/>
  <SupportUrl DefaultValue="${url(ADDIN_FILES.page)}"/>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
      <Set Name="SharedRuntime" MinVersion="1.1"/>
      <Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${url(ADDIN_FILES.page)}"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <Runtimes>
          <Runtime resid="Shared.Url" lifetime="long"/>
        </Runtimes>
        <AllFormFactors>
          <ExtensionPoint xsi:type="CustomFunctions">
            <Script>
              <SourceLocation resid="Functions.Script.Url"/>
            </Script>
            <Page>
              <SourceLocation resid="Shared.Url"/>
            </Page>
            <Metadata>
              <SourceLocation resid="Functions.Metadata.Url"/>
            </Metadata>
            <Namespace resid="Functions.Namespace"/>
          </ExtensionPoint>
        </AllFormFactors>
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="GetStarted.Title"/>
            <Description resid="GetStarted.Description"/>
            <LearnMoreUrl resid="Shared.Url"/>
          </GetStarted>
          <FunctionFile resid="Shared.Url"/>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
        <bt:Image id="Icon.16x16" DefaultValue="${url('icon-16.png')}"/>
        <bt:Image id="Icon.32x32" DefaultValue="${url('icon-32.png')}"/>
        <bt:Image id="Icon.80x80" DefaultValue="${url('icon-80.png')}"/>
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Functions.Script.Url" DefaultValue="${url(ADDIN_FILES.script)}"/>
        <bt:Url id="Functions.Metadata.Url" DefaultValue="${url(ADDIN_FILES.metadata)}"/>
        <bt:Url id="Shared.Url" DefaultValue="${url(ADDIN_FILES.page)}"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="Functions.Namespace" DefaultValue="${SHEET_NAMESPACE}"/>
        <bt:String id="GetStarted.Title" DefaultValue="xcheck functions are ready"/>
      </bt:ShortStrings>
      <bt:LongStrings>
        <bt:String id="GetStarted.Description" DefaultValue="Type =${SHEET_NAMESPACE}. in a cell to see the functions: RECEIVABLES, INSTALLMENT, SCHEDULE, ANALYZE and more."/>
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}

/**
 * The shared runtime's page (functions.html): Office's office.js first (it provides `CustomFunctions` in a
 * shared runtime), then the functions bundle, which associates every id. Opened as a task pane it says
 * what is loaded.
 */
export function excelRuntimePage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<title>xcheck</title>
<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
<script src="${ADDIN_FILES.script}"></script>
</head>
<body>
<p>xcheck: the ${SHEET_NAMESPACE} functions are loaded. Type <code>=${SHEET_NAMESPACE}.</code> in a cell.</p>
</body>
</html>
`;
}
