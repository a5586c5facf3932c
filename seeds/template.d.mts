/** The default plan's rows by table (seeds/template.mjs), as the first run writes them. */
export declare const tables: Record<string, Record<string, unknown>[]>;
