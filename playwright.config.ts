import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium';

const port = Number(process.env.E2E_PORT ?? 3107);
// A second server of the same build, reading a fixture dataset with markup in its quotes.
const hostilePort = port + 1;
// A third, whose data is broken: every page must fail cleanly, never half-rendered.
const brokenPort = port + 2;
// A fourth, on a made-up second case: every page must work with no code change.
const fictionalPort = port + 3;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // Debian's Chromium where installed, with the flags that keep it off the network (scripts/chromium.ts).
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: /(hostile-data|broken-data|fictional-case)\.spec\.ts/,
    },
    {
      name: 'broken-data',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${brokenPort}` },
      testMatch: /broken-data\.spec\.ts/,
    },
    {
      name: 'fictional-case',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${fictionalPort}` },
      testMatch: /fictional-case\.spec\.ts/,
    },
    {
      name: 'hostile-data',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${hostilePort}` },
      testMatch: /hostile-data\.spec\.ts/,
    },
  ],
  // Every server is the front server, as users get it (`npm start`): it sets the CSP and the HTTP caching.
  // `npm run e2e` builds first.
  webServer: [
    frontServer(port, {}),
    // A fixture dataset with markup in its quotes.
    frontServer(hostilePort, { PARLEY_DATA_DIR: 'e2e/fixtures/hostile-data' }),
    // Pages answer 500 here by design, so readiness is checked on a static file.
    frontServer(brokenPort, { PARLEY_DATA_DIR: 'e2e/fixtures/broken-data' }, '/icon.svg'),
    // A made-up second case: every page must work with no code change.
    frontServer(fictionalPort, { PARLEY_DATA_DIR: 'e2e/fixtures/fictional-case' }),
  ],
});

function frontServer(serverPort: number, env: Record<string, string>, readyPath = '/') {
  return {
    command: 'node server/index.mjs',
    url: `http://127.0.0.1:${serverPort}${readyPath}`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(serverPort),
      HOSTNAME: '127.0.0.1',
      PARLEY_ORIGIN: `http://127.0.0.1:${serverPort}`,
      ...env,
    },
  };
}
