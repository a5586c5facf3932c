// What the sync tests' global setup (tests/server/relay.setup.ts) hands them.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    relayUrl: string;
    relayDataDir: string;
  }
}
