/**
 * npm run calendar:festival-dates — regenerates libs/calendar/src/data/festival-dates.json: for
 * each year from 2025 (the 2024 revision's first year) to 2100, the Gregorian dates of 正月初一,
 * the solar term 清明, 五月初五 and 八月十五, read from the lunar and solar-term tables of the npm
 * package chinese-days. Run at data-generation time only; the service reads the JSON. Its date
 * functions work in the machine's zone, so this script refuses to run outside UTC+8.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

if (new Date('2027-01-01T00:00:00Z').getTimezoneOffset() !== -480) {
  throw new Error('Run with TZ=Asia/Shanghai (npm run calendar:festival-dates does)');
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cd = require('chinese-days') as {
  getSolarDateFromLunar(d: string): { date: string };
  getSolarTerms(a: string, b: string): { date: string; term: string }[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('chinese-days/package.json') as { version: string };

const years: Record<string, Record<string, string>> = {};
for (let y = 2025; y <= 2100; y += 1) {
  const qingming = cd
    .getSolarTerms(`${y}-04-01`, `${y}-04-10`)
    .find((t) => t.term === 'pure_brightness');
  if (!qingming) throw new Error(`No 清明 found in April ${y}`);
  years[y] = {
    springFestival: cd.getSolarDateFromLunar(`${y}-01-01`).date,
    qingming: qingming.date,
    dragonBoat: cd.getSolarDateFromLunar(`${y}-05-05`).date,
    midAutumn: cd.getSolarDateFromLunar(`${y}-08-15`).date,
  };
}
const out = join(__dirname, '..', 'libs', 'calendar', 'src', 'data', 'festival-dates.json');
writeFileSync(
  out,
  `${JSON.stringify({ source: `chinese-days@${version} lunar and solar-term tables`, years }, null, 2)}\n`,
);
process.stdout.write(`${JSON.stringify({ written: out, years: Object.keys(years).length })}\n`);
