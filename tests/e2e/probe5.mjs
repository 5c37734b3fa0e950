import { launchChromium } from './chromium.js';
import { serveDist } from './serve-dist.js';
import { readFileSync } from 'node:fs';
const site = await serveDist(process.env.DIST ?? '/tmp/dist-prof');
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(site.url + '?x');
await page.locator('#figures tbody tr').first().waitFor();
const base = readFileSync('/work/main/tests/fixtures/canal_patrols.txt', 'utf8');
const size = Number(process.env.SIZE ?? 5000);
let t = ''; while (t.length < size) t += base + '\n\n'; t = t.slice(0, size);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.evaluate((text) => { const box = document.querySelector('textarea'); box.value = text; box.dispatchEvent(new InputEvent('input', { bubbles: true })); }, t);
await page.waitForTimeout(1500);
if (process.env.TYPE) { const box = page.getByLabel('Press release'); await box.press('End'); for (let i = 0; i < 5; i++) { await page.keyboard.type('x'); await page.waitForTimeout(60); } await page.waitForTimeout(1500); }
const { profile } = await cdp.send('Profiler.stop');
const dt = {}; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const total = profile.timeDeltas.reduce((a, b) => a + b, 0);
const self = new Map();
profile.samples.forEach((id, i) => { self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)); });
const byName = new Map();
for (const [id, us] of self) { const n = byId.get(id); const name = (n.callFrame.functionName || '(anon)') + ' ' + n.callFrame.url.split('/').pop(); byName.set(name, (byName.get(name) ?? 0) + us); }
const rows = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [name, us] of rows) if (!name.startsWith('(idle)')) console.log((us / 1000).toFixed(1).padStart(8), 'ms', name.slice(0, 140));
await browser.close(); await site.close();
