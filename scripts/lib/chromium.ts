// The Chromium the budget runs drive: Debian's package, never a downloaded browser build.
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, reproducible headless run (no updates, sync or background traffic to skew numbers). */
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
