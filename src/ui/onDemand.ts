/**
 * Code loaded on demand and kept once it is: `now()` gives it without waiting (an `import()` of a
 * module already loaded still answers a task later, which right after a drop waits behind the
 * board's render: npm run bench, figure 4), `load()` loads it or gives it.
 */
export function onDemand<M>(importer: () => Promise<M>): {
  now: () => M | null;
  load: () => Promise<M>;
} {
  let module: M | null = null;
  return {
    now: () => module,
    load: async () => (module ??= await importer()),
  };
}
