// The Chromium the budget runs drive: Debian's package, never a downloaded browser build.
import { Launcher } from 'chrome-launcher';

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

/**
 * Browser UI that headless Chromium still builds although nobody can see it. Since Chromium 15x the
 * omnibox's suggestion popup is a pair of WebUI pages (chrome://omnibox-popup.top-chrome/ and its
 * "AI mode" variant) in a renderer of their own, and it (re)loads while the audited page loads: on this
 * 2-core machine that renderer took 400 ms of CPU time in the page's first two seconds, which Lighthouse's
 * wall-clock figures then charged to the page. Measured and explained in docs/budgets.md.
 */
export const HIDDEN_UI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * The flags for chrome-launcher (Lighthouse): its own defaults already carry a --disable-features list, and
 * Chromium reads only the last --disable-features switch, so the two lists are joined into one.
 */
export function lighthouseChromeFlags(): string[] {
  const fromLauncher = Launcher.defaultFlags().find((flag) => flag.startsWith('--disable-features='));
  const features = [...(fromLauncher?.slice('--disable-features='.length).split(',') ?? []), ...HIDDEN_UI_FEATURES];
  return [...CHROME_FLAGS, `--disable-features=${features.join(',')}`];
}
