export const newId = (): string => crypto.randomUUID();
export const nowIso = (now: Date = new Date()): string => now.toISOString();
