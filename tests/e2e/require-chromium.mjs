// Fails loudly, with the fix, when the browser the end-to-end tests drive is missing.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(`\nThe end-to-end tests need Chromium at ${path}, and it is not there.
Install Debian's build:   sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at a Chromium or Chrome binary:   CHROMIUM_PATH=/path/to/chrome npm test
(Playwright's own browser download is not used.)\n`);
  process.exit(1);
}
