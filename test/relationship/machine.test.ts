/**
 * Issue 18, finding 5: the contact calendar, the monitoring report's JSON and Markdown and the .ics are
 * byte-identical whatever the machine's locale and time zone (docs/relationship.md). A locale and a zone are
 * fixed for a process's life, so each combination runs in a child process (as test/property/timezone.test.ts).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const child = join(import.meta.dirname, 'machine-child.ts');

interface ChildOutput {
  zone: string;
  locale: string;
  out: unknown[];
}

function runIn(lang: string, zone: string): Promise<{ text: string; parsed: ChildOutput }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: lang, TZ: zone };
  for (const k of ['LC_ALL', 'LC_COLLATE', 'LC_CTYPE', 'LANGUAGE']) delete env[k];
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    p.stdout.on('data', (d: Buffer) => out.push(d));
    p.stderr.on('data', (d: Buffer) => err.push(d));
    p.on('error', reject);
    p.on('close', (code) => {
      const text = Buffer.concat(out).toString('utf8');
      if (code !== 0) reject(new Error(`LANG=${lang} TZ=${zone}: exit ${code}\n${Buffer.concat(err).toString('utf8')}`));
      else resolve({ text, parsed: JSON.parse(text) as ChildOutput });
    });
  });
}

test('calendar, JSON, Markdown and .ics byte-identical under LANG=da_DK.UTF-8 TZ=Pacific/Kiritimati and LANG=C TZ=America/Los_Angeles', { timeout: 60_000 }, async () => {
  const machines: [string, string][] = [
    ['da_DK.UTF-8', 'Pacific/Kiritimati'],
    ['C', 'America/Los_Angeles'],
  ];
  const runs = await Promise.all(machines.map(([lang, zone]) => runIn(lang, zone)));
  // The children really ran under different locales and zones.
  expect(runs.map((r) => r.parsed.zone)).toEqual(machines.map(([, zone]) => zone));
  expect(runs[0]?.parsed.locale).toBe('da-DK');
  expect(runs[1]?.parsed.locale).not.toBe('da-DK');
  const bodies = runs.map((r) => r.text.slice(r.text.indexOf('"out":')));
  expect(bodies[0]?.length).toBeGreaterThan(10_000);
  for (let i = 1; i < runs.length; i++) expect({ machine: machines[i], same: bodies[i] === bodies[0] }).toEqual({ machine: machines[i], same: true });

  // Code-point order of the same-day birthdays: upper-case Latin, lower case, Æ Ø, CJK, then U+FF21 before U+20000.
  type Report = { json?: { calendar: { tasks: { date: string; kind: string; title: { en: string } }[] } | null } };
  const withCalendar = (runs[0]?.parsed.out as Report[]).filter((o) => o.json?.calendar);
  expect(withCalendar.length).toBeGreaterThan(0);
  const names = (withCalendar[0]?.json?.calendar?.tasks ?? []).filter((t) => t.kind === 'birthday' && t.date.endsWith('-08-08')).map((t) => t.title.en.slice('Birthday: '.length));
  expect(names).toEqual(['Aase', 'Carl', 'Zoe', 'bob', 'Ærø', 'Øster', '张氏五金加工厂', '李氏服装批发店', '\uFF21 (U+FF21)', '𠀀 (U+20000)']);

  // Kiritimati: a loan disbursed 1994-12-30 has "Day 1" on 1994-12-31, the day that zone skipped, in every child.
  for (const r of runs) {
    const k = r.parsed.out.at(-1) as { kiritimati: { tasks: { date: string; kind: string }[] }; ics: string };
    expect(k.kiritimati.tasks.filter((t) => t.kind === 'onboarding').map((t) => t.date)).toEqual(['1994-12-31', '1995-01-02', '1995-01-06', '1995-01-13']);
    expect(k.ics).toContain('DTSTART;VALUE=DATE:19941231\r\nDTEND;VALUE=DATE:19950101\r\n');
  }
});
