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
/**
 * Headless Chromium names itself "HeadlessChrome", which the storefront rightly takes for a bot
 * (a bot's look at a stamp page is not counted as a scan). These tests are a person's phone.
 */
export const PHONE_USER_AGENT =
  'Mozilla/5.0 (Linux; Android 14; SM-A556E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36';

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
      `--user-agent=${PHONE_USER_AGENT}`,
    ],
  });
}

export function screenshotPath(name: string): string {
  return path.join(ARTIFACTS, `${name}.png`);
}
