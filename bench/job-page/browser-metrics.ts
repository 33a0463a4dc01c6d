import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (never a downloaded browser), launched as the test setup does. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Chrome DevTools' "Slow 4G" preset (formerly "Fast 3G"): 562.5 ms latency, 1.6 Mbps down and
 * 750 kbps up, both × 0.9 — the values DevTools itself sends to Network.emulateNetworkConditions.
 */
export const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};
export const CPU_SLOWDOWN = 4;

export interface PageLoadMetrics {
  /** Largest Contentful Paint, ms from navigation start. */
  lcpMs: number;
  /** What the LCP element was (tag and class), to know what is being measured. */
  lcpElement: string;
  /** JavaScript bytes over the wire (compressed, with headers) and their count. */
  scriptBytes: number;
  scripts: number;
  /** Every byte of the load over the wire. */
  totalBytes: number;
}

/**
 * Runs in the page (a string: the benchmark compiles without DOM types): the last
 * largest-contentful-paint entry the browser recorded, and which element it was.
 */
const READ_LCP = `new Promise((resolve) => {
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    const last = entries[entries.length - 1];
    const el = last && last.element;
    resolve({
      time: last ? last.startTime : NaN,
      element: el ? el.tagName.toLowerCase() + '.' + el.className : 'unknown',
    });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})`;

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * One cold load of `url` in a fresh context with 4× CPU throttling and slow 4G, through the
 * DevTools protocol. LCP is read from the browser's own PerformanceObserver entries once the
 * page has loaded and gone quiet; bytes from Network.loadingFinished (encodedDataLength).
 */
export async function measurePageLoad(browser: Browser, url: string): Promise<PageLoadMetrics> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const types = new Map<string, string>();
    let scriptBytes = 0;
    let scripts = 0;
    let totalBytes = 0;
    cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
    cdp.on('Network.loadingFinished', (e) => {
      totalBytes += e.encodedDataLength;
      if (types.get(e.requestId) === 'Script') {
        scriptBytes += e.encodedDataLength;
        scripts += 1;
      }
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const lcp = await page.evaluate<{ time: number; element: string }>(READ_LCP);
    return { lcpMs: lcp.time, lcpElement: lcp.element, scriptBytes, scripts, totalBytes };
  } finally {
    await context.close();
  }
}
