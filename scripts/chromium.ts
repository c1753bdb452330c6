// One home for how Parley's tools start Chromium: the e2e suite, the bench, Lighthouse and the screenshot script.
import { existsSync } from 'node:fs';

const debianChromium = '/usr/bin/chromium';

/** Debian's Chromium where it is installed (this project's machines and CI); Playwright's own browser elsewhere. */
const chromiumExecutable: string | undefined = existsSync(debianChromium) ? debianChromium : undefined;

/** Flags that keep Chromium off the network, which this machine refuses; as root it also needs --no-sandbox. */
export const chromiumFlags: string[] = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

/** Playwright's launch options built from the two above. */
export function chromiumLaunchOptions(): { executablePath: string | undefined; args: string[] } {
  return { executablePath: chromiumExecutable, args: chromiumFlags };
}
