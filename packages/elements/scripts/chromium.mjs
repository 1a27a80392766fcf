// Headless Chromium as the benchmark (scripts/bench.mjs) and its traces
// (scripts/trace.mjs) run it: Debian's build, no sandbox, nothing in the
// background beside the page measured.
import { chromium } from 'playwright-core';

export const launchChromium = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-gpu',
      // Headless Chromium also loads the omnibox's popup (chrome://omnibox-popup.top-chrome,
      // a WebUI renderer of its own) at start-up: work beside the page measured, for nothing.
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
    ],
  });
