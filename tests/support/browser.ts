import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { ROOT } from './platform';

/** Where screenshots go: kept as CI artifacts (git-ignored). */
export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');

/**
 * Debian's Chromium (installed by .ci/run), headless, with a fresh profile (Playwright's). The background-networking flags keep it
 * from calling Google's hosts, which this machine's closed network refuses.
 */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function screenshotPath(name: string): string {
  return path.join(ARTIFACTS, `${name}.png`);
}
