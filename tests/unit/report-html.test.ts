/**
 * The HTML report in a real browser: headless Chromium opens the written file and must find
 * the charts with their data and the headline numbers, with no console error and no request
 * beyond the file itself. Leaves screenshots in tests/artifacts/report.png and report-lead.png for people to look at.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.js';
import { renderHtml } from '../../src/report/html.js';
import type { ReportQuery } from '../../src/report/model.js';
import { openDatabase } from '../../src/store/open.js';
import { at, seededDatabases, seedTwoWeeks } from './report-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve(import.meta.dirname, '..', 'artifacts');
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.warn(`report-html.test.ts skipped: ${CHROMIUM} does not exist (apt-get install chromium; .ci/run installs it)`);

let dbs: ReturnType<typeof seededDatabases>;
let profile: string;
let browser: BrowserContext | undefined;

beforeAll(async () => {
  dbs = seededDatabases();
  if (!hasChromium) return;
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-chromium-'));
  // A fresh profile each run (playwright passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1100, height: 900 },
  });
});

afterAll(async () => {
  await browser?.close();
  fs.rmSync(dbs.dir, { recursive: true, force: true });
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

/** The report of `files` (both fixture databases) over [since, until) in UTC, written as HTML; returns the file. */
function writeReport(name: string, since: string, until: string, extra: Partial<ReportQuery> = {}, files = [dbs.alice, dbs.bob]): string {
  const opened = files.map((p) => ({ path: p, db: openDatabase(p, { busyTimeoutMs: 100, readonly: true }) }));
  const report = buildReport(opened, {
    since: at(since),
    until: at(until),
    timezone: 'UTC',
    by: 'day',
    project: null,
    session: null,
    now: at(until),
    ...extra,
  });
  for (const { db } of opened) db.close();
  const file = path.join(dbs.dir, name);
  fs.writeFileSync(file, renderHtml(report));
  return file;
}

/** Opens the file in a new page, gathering console errors and every request made. */
async function openPage(file: string) {
  const page = await browser!.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  return { page, problems, requests };
}

describe.skipIf(!hasChromium)('HTML report in Chromium', () => {
  it('shows the charts with their data and the headline numbers, offline and without errors', async () => {
    const file = writeReport('report.html', '2026-11-10T00:00:00', '2026-11-13T00:00:00');
    const { page, problems, requests } = await openPage(file);

    // Slow calls per day, stacked: background then foreground. 10th: 3 + 3; 11th: 2 + 0; 12th: 2 + 2.
    const bars = await page.$$eval('#slow-calls rect', (rects) =>
      rects.map((r) => [
        r.getAttribute('data-key'),
        r.getAttribute('data-series'),
        Number(r.getAttribute('data-value')),
        Number(r.getAttribute('height')),
      ]),
    );
    expect(bars.map(([key, series, value]) => [key, series, value])).toEqual([
      ['2026-11-10', 'background', 3],
      ['2026-11-10', 'foreground', 3],
      ['2026-11-11', 'background', 2],
      ['2026-11-11', 'foreground', 0],
      ['2026-11-12', 'background', 2],
      ['2026-11-12', 'foreground', 2],
    ]);
    // Heights follow the data: the 10th's 3 background calls stand 1.5 times as tall as the 11th's 2.
    expect((bars[0][3] as number) / (bars[2][3] as number)).toBeCloseTo(1.5, 5);
    const ratios = await page.$$eval('#slow-ratio rect', (rects) => rects.map((r) => Number(r.getAttribute('data-value'))));
    expect(ratios).toEqual([0.5, 1, 0.5]);
    expect(await page.locator('#slow-ratio line.target').count()).toBe(1);
    const blocked = await page.$$eval('#blocked-signatures rect', (rects) =>
      rects.map((r) => [r.getAttribute('data-key'), Number(r.getAttribute('data-value'))]),
    );
    expect(blocked).toEqual([
      ['cargo build', 120_000],
      ['npm test', 50_000],
      ['pytest', 8_000],
      ['tsc', 2_000],
    ]);
    for (const svg of await page.locator('svg').all()) expect((await svg.boundingBox())!.height).toBeGreaterThan(20);

    // The headline as tests/unit/report.test.ts works it out: 15 calls, 7 of 12 slow calls in the background, …
    const headline = await page.locator('#headline').textContent();
    for (const text of [
      '15',
      '58%',
      '7 of 12 slow calls',
      'target 30%: met',
      '3 min',
      '9 min',
      '1.7',
      'target 2: not met',
      '125 ms',
      'p95 300 ms',
    ])
      expect(headline).toContain(text);
    expect(await page.locator('table').first().textContent()).toContain('2026-11-12');
    expect(await page.getByText('go test --run c14').count()).toBe(1);

    expect(problems).toEqual([]);
    expect(requests).toEqual([`file://${file}`]);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'report.png'), fullPage: true });
    await page.close();
  });

  it("the lead's report: hours per week, trend, rows with samples, ignored advice, unchecked by developer, compact days", async () => {
    const file = writeReport('lead.html', '2026-11-02T00:00:00', '2026-11-16T00:00:00', { by: 'developer', lead: true });
    const { page, problems, requests } = await openPage(file);

    // 180 s blocked and 540 s saved over two weeks: 90 s and 270 s a week, rounded to minutes.
    expect(await page.locator('#blocked-per-week .value').textContent()).toBe('2 min');
    expect(await page.locator('#saved-per-week .value').textContent()).toBe('5 min');
    expect(await page.locator('#sample').textContent()).toContain('15 calls in 3 sessions by 2 developers, on 3 days with data');
    const cells = (selector: string) =>
      page.$$eval(`${selector} tbody tr`, (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    // No call in the week of the 2nd: no figure to compare with (not "0 s, then worse"); 180 s in the 9th's.
    expect(await page.$$eval('#trend tr[data-figure="blockedHoursPerWeek"] td', (tds) => tds.map((td) => td.textContent))).toEqual([
      'blocked per week',
      'n/a',
      '3 min',
      '',
      '',
    ]);
    // developer, calls, sessions, days, slow, slow bg, bg, followed, …
    expect((await cells('#lead-developers')).map((r) => r.slice(0, 8))).toEqual([
      ['a11ce0000001', '11', '2', '3', '8', 'n<20', 'n<20', 'n<5'],
      ['b0b000000002', '4', '1', '1', '4', 'n<20', 'n<20', 'n<5'],
    ]);
    expect((await cells('#lead-projects')).map((r) => r[0])).toEqual(['alice', 'github.com/acme/widget']);
    expect(await cells('#ignored-advice')).toEqual([
      ['cargo build', '1', '1', 'n<5', '2 min'],
      ['tsc', '1', '1', 'n<5', '2 s'],
    ]);
    expect((await cells('#unchecked-by-developer')).map((r) => r.slice(0, 2))).toEqual([
      ['a11ce0000001', '3'],
      ['b0b000000002', '1'],
    ]);
    expect((await cells('#days')).map((r) => r[0])).toEqual([
      '2026-11-02 to 2026-11-09: no data (8 days)',
      '2026-11-10',
      '2026-11-11',
      '2026-11-12',
      '2026-11-13 to 2026-11-15: no data (3 days)',
    ]);
    // No bar for a share of fewer than 20 slow calls: its place says so.
    expect(await page.locator('#slow-ratio rect').count()).toBe(0);
    expect(await page.locator('#slow-ratio text.value').allTextContents()).toEqual(['n<20', 'n<20']);
    expect(problems).toEqual([]);
    expect(requests).toEqual([`file://${file}`]);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-lead.png'), fullPage: true });
    await page.close();
  });

  it("the lead's report over two weeks with enough calls: trend arrows, and a share's bar only from 20 slow calls", async () => {
    const twoWeeks = path.join(dbs.dir, 'two-weeks.db');
    seedTwoWeeks(twoWeeks);
    const file = writeReport('lead-two-weeks.html', '2026-11-02T00:00:00', '2026-11-16T00:00:00', { by: 'developer', lead: true }, [
      twoWeeks,
    ]);
    const { page, problems } = await openPage(file);
    const row = (figure: string) => page.$$eval(`#trend tr[data-figure="${figure}"] td`, (tds) => tds.map((td) => td.textContent));
    // Slow calls in the background: 5 of 20, then 13 of 23; blocked: 15 then 10 foreground minutes.
    expect(await row('slowBackgroundRatio')).toEqual(['slow calls in background', '25%', '57%', '+32 pts', '▲ better']);
    expect(await row('blockedHoursPerWeek')).toEqual(['blocked per week', '15 min', '10 min', '-5 min', '▲ better']);
    // carol's 40 slow calls get a bar (15 of 40); dave's 3 do not.
    expect(
      await page.$$eval('#slow-ratio rect', (rects) =>
        rects.map((r) => [r.getAttribute('data-key'), Number(r.getAttribute('data-value'))]),
      ),
    ).toEqual([['carol', 0.375]]);
    expect(await page.locator('#slow-ratio text.value').allTextContents()).toEqual(['38%', 'n<20']);
    expect(await page.locator('#ignored-advice tbody tr').first().textContent()).toContain('100%');
    expect(problems).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-lead-two-weeks.png'), fullPage: true });
    await page.close();
  });

  it('escapes text from the database', async () => {
    const file = path.join(dbs.dir, 'hostile.db');
    const db = openDatabase(file, { busyTimeoutMs: 100 });
    db.prepare(
      "INSERT INTO bash_calls (tool_use_id, session_id, project, started_at, signature, verdict, background, duration_ms, threshold_ms) VALUES ('x', 's', '/p', ?, ?, 'suggest-background', 0, 9000, 5000)",
    ).run(at('2026-11-10T10:00:00'), '<img src=x onerror=alert(1)>');
    const report = buildReport([{ path: file, db }], {
      since: at('2026-11-10T00:00:00'),
      until: at('2026-11-11T00:00:00'),
      timezone: 'UTC',
      by: 'signature',
      project: null,
      session: null,
      now: at('2026-11-11T00:00:00'),
    });
    db.close();
    const html = path.join(dbs.dir, 'hostile.html');
    fs.writeFileSync(html, renderHtml(report));
    const page = await browser!.newPage();
    await page.goto(`file://${html}`);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#blocked-signatures rect').getAttribute('data-key')).toBe('<img src=x onerror=alert(1)>');
    await page.close();
  });
});
