import { defineConfig } from 'vitest/config';

const jsonReport = process.env.XCHECK_VITEST_JSON;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A non-UTC zone by default: date handling must not depend on the machine's zone.
    env: { TZ: process.env.TZ ?? 'Asia/Shanghai' },
    // .ci/run asks for a JSON report to print its own `N passed, N failed` line.
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
  },
});
