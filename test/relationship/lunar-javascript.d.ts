// The parts of `lunar-javascript` (devDependency, festival-table oracle) the tests use.
declare module 'lunar-javascript' {
  export const Lunar: {
    fromYmd(year: number, month: number, day: number): { getSolar(): { toYmd(): string } };
  };
}
