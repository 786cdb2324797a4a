// Launches Debian's Chromium through playwright-core. Playwright's own browser download
// does not work on this machine (see STACK.md), so nothing here ever asks for one.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Where the browser is; CHROMIUM_PATH points elsewhere on machines that keep it elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const INSTALL_HINT = `The browser tests drive Chromium at ${CHROMIUM_PATH}, which is not there. Install it with \`sudo apt-get install chromium\` (or set CHROMIUM_PATH).`;

/** False on a machine without Chromium: the browser suites are then skipped, except in CI. */
export const chromiumAvailable = existsSync(CHROMIUM_PATH);

if (!chromiumAvailable) {
  // In CI a missing browser is a broken pipeline, not a reason to report green.
  if (process.env.CI) throw new Error(`${INSTALL_HINT} CI is set, so the browser tests fail instead of being skipped.`);
  console.warn(`\n[e2e] Skipping the browser tests. ${INSTALL_HINT}\n`);
}

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function launchChromium(): Promise<Browser> {
  if (!chromiumAvailable) throw new Error(INSTALL_HINT);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}
