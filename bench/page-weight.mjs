// Bytes moved over the wire for a first and a repeat view of each page, in headless Chromium (Debian's):
// node bench/page-weight.mjs http://127.0.0.1:8093 /path1 /path2 …  → one JSON line per page.
import { chromium } from 'playwright-core';

const [base, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run'] });
for (const path of paths) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0, requests = 0;
  cdp.on('Network.loadingFinished', e => { bytes += e.encodedDataLength; requests++; });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const first = { bytes, requests };
  bytes = 0; requests = 0;
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const repeat = { bytes, requests };
  console.log(JSON.stringify({ path, first, repeat }));
  await context.close();
}
await browser.close();
