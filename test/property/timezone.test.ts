/**
 * The output is byte-identical whatever the machine's time zone: the same analyses run in child
 * processes under TZ=Asia/Shanghai, America/Los_Angeles, America/Sao_Paulo (whose clocks jumped at
 * midnight, so a local-midnight Date did not exist on those days) and Pacific/Kiritimati (UTC+14).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RUNS } from '../support/properties.js';

const root = join(import.meta.dirname, '..', '..');
const child = join(import.meta.dirname, 'tz-child.ts');

function runIn(zone: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, String(RUNS * 3)], {
      cwd: root,
      env: { ...process.env, TZ: zone },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Buffers joined before decoding: a chunk boundary can fall inside a multi-byte character.
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    p.stdout.on('data', (d: Buffer) => out.push(d));
    p.stderr.on('data', (d: Buffer) => err.push(d));
    p.on('error', reject);
    p.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(`TZ=${zone}: exit ${code}\n${Buffer.concat(err).toString('utf8')}`)),
    );
  });
}

describe('time zones', () => {
  test('byte-identical output under four zones', { timeout: 60_000 }, async () => {
    const zones = ['Asia/Shanghai', 'America/Los_Angeles', 'America/Sao_Paulo', 'Pacific/Kiritimati'];
    const outputs = await Promise.all(zones.map(runIn));
    const parsed = outputs.map((o) => JSON.parse(o) as { zone: string; out: unknown[] });
    // The children really ran in different zones.
    expect(parsed.map((p) => p.zone)).toEqual(zones);
    const bodies = outputs.map((o) => o.slice(o.indexOf('"out":')));
    expect(bodies[0]!.length).toBeGreaterThan(1000);
    for (let i = 1; i < zones.length; i++) expect({ zone: zones[i], same: bodies[i] === bodies[0] }).toEqual({ zone: zones[i], same: true });
  });
});
