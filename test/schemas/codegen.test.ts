/**
 * The published JSON Schemas are usable from Java and Python (issue 19, item 2): quicktype generates Java classes
 * and pydantic 2 models from the profile, policy, flows, report and monitor report schemas; javac compiles the Java, and Python
 * imports the models (named after each schema's title: XcheckProfile, XcheckReport, XcheckMonitorReport) and validates a fixture's profile, its report and a monitor report with them. Amounts come out as strings
 * (decimal strings), never as doubles. Each language is skipped, with the reason, where its tool is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputData, JSONSchemaInput, JSONSchemaStore, type JSONSchema, quicktype, quicktypeMultiFile } from 'quicktype-core';
import { afterAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/report/analyze.js';
import { monitor } from '../../src/relationship/monitor.js';
import { jsonSchemaOf, publishedSchemaId, SCHEMA_NAMES, type SchemaName } from '../../src/schemas/json-schemas.js';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'xcheck-codegen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Resolves the schemas' `$ref`s among themselves (their ids are names, not addresses). */
class Store extends JSONSchemaStore {
  async fetch(address: string): Promise<JSONSchema | undefined> {
    const name = SCHEMA_NAMES.find((n) => address.startsWith(publishedSchemaId(n)));
    return name === undefined ? undefined : (jsonSchemaOf(name) as JSONSchema);
  }
}

const TOP: readonly [SchemaName, string][] = [
  ['profile', 'Profile'],
  ['policy', 'Policy'],
  ['flows', 'Flows'],
  ['report', 'Report'],
  ['monitor', 'MonitorReport'],
];

async function inputData(): Promise<InputData> {
  const input = new JSONSchemaInput(new Store());
  for (const [name, type] of TOP) await input.addSource({ name: type, schema: JSON.stringify(jsonSchemaOf(name)) });
  const data = new InputData();
  data.addInput(input);
  return data;
}

const has = (command: string, args: string[]): boolean => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const javac = has('javac', ['-version']);
const pydantic = has('python3', ['-c', 'import pydantic, sys; sys.exit(0 if pydantic.VERSION.startswith("2") else 1)']);

const fixture = JSON.parse(readFileSync(join(root, 'fixtures', 'worked-example-disagrees.json'), 'utf8')) as { profile: unknown };
/** A monitor case whose report has a cost, a calendar and a skipped check. */
const monitorCase = JSON.parse(readFileSync(join(root, 'fixtures', 'relationship', 'supermarket-supplier-flows-moved.monitor.json'), 'utf8')) as {
  profile: unknown;
  policy?: unknown;
  flows: unknown;
};

describe('types generated from the published schemas', { timeout: 120_000 }, () => {
  test.skipIf(!javac)(`Java (quicktype) compiles with javac${javac ? '' : ': skipped, javac is not installed'}`, async () => {
    const files = await quicktypeMultiFile({ inputData: await inputData(), lang: 'java', rendererOptions: { package: 'xcheck.schema', 'just-types': 'true' } });
    const out = join(dir, 'java', 'xcheck', 'schema');
    mkdirSync(out, { recursive: true });
    const paths: string[] = [];
    for (const [name, { lines }] of files) {
      const path = join(out, name);
      writeFileSync(path, lines.join('\n'));
      paths.push(path);
    }
    const profile = readFileSync(join(out, 'XcheckProfile.java'), 'utf8');
    // amounts are strings, with their documentation
    expect(readFileSync(join(out, 'Balances.java'), 'utf8')).toMatch(/private String cash;/);
    expect(profile).not.toMatch(/Double|Union/);
    expect(readFileSync(join(out, 'ObservedMonth.java'), 'utf8')).toMatch(/private String inflows;/);
    execFileSync('javac', ['-d', join(dir, 'classes'), ...paths], { stdio: 'pipe' });
  });

  test.skipIf(!pydantic)(`Python (quicktype, pydantic 2 models) imports and validates a profile and its report${pydantic ? '' : ': skipped, python3 with pydantic 2 is not installed'}`, async () => {
    const { lines } = await quicktype({ inputData: await inputData(), lang: 'python', rendererOptions: { 'pydantic-base-model': 'true', 'just-types': 'true', 'python-version': '3.7', 'nice-property-names': 'false' } });
    // quicktype renames a property that is a Python keyword without an alias (ContactCalendar's `from` becomes
    // `ContactCalendarfrom`, which pydantic then finds missing): what a Python team does by hand, done here
    // (docs/relationship.md, "JSON Schema"). The count fails the test if quicktype changes how it renders it.
    const renamed = /^ {4}[A-Z]\w*from: (.+)$/gm;
    const generated = lines.join('\n');
    expect(generated.match(renamed)?.length).toBe(1);
    const module = generated.replace('from pydantic import BaseModel', 'from pydantic import BaseModel, Field').replace(renamed, '    from_: $1 = Field(alias="from")');
    expect(module).toMatch(/cash: Optional\[str\] = None/);
    writeFileSync(join(dir, 'xcheck_schema.py'), module);
    const result = analyze(fixture.profile);
    if (!result.ok) throw new Error('the fixture is valid');
    writeFileSync(join(dir, 'profile.json'), JSON.stringify(fixture.profile));
    writeFileSync(join(dir, 'report.json'), JSON.stringify(result.report));
    const watched = monitor(monitorCase.profile, monitorCase.flows, { policy: monitorCase.policy });
    if (!watched.ok) throw new Error('the monitor fixture is valid');
    writeFileSync(join(dir, 'monitor.json'), JSON.stringify(watched.report));
    const script = [
      'import json, sys',
      'sys.path.insert(0, sys.argv[1])',
      'import xcheck_schema as x',
      'p = x.XcheckProfile.model_validate(json.load(open(sys.argv[1] + "/profile.json")))',
      'r = x.XcheckReport.model_validate(json.load(open(sys.argv[1] + "/report.json")))',
      'm = x.XcheckMonitorReport.model_validate(json.load(open(sys.argv[1] + "/monitor.json")))',
      'print(p.sales.annual, r.balanceSheet.equity, len(r.flags))',
      'print(m.observed[0].inflows, m.cost.bank.depositValue, m.calendar.from_.date(), m.calendar.tasks[0].kind.value, m.checks[2].reasonCode.value)',
    ].join('\n');
    const printed = execFileSync('python3', ['-c', script, dir], { encoding: 'utf8' }).trim();
    const m = watched.report;
    expect(printed).toBe(
      `${String((fixture.profile as { sales: { annual: unknown } }).sales.annual)} ${result.report.balanceSheet.equity} ${result.report.flags.length}\n` +
        `${String(m.observed[0]?.inflows)} ${String(m.cost?.bank.depositValue)} ${String(m.calendar?.from)} ${String(m.calendar?.tasks[0]?.kind)} ${String(m.checks[2]?.reasonCode)}`,
    );
  });
});
