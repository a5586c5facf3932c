export interface RelayProcess {
  url: string;
  port: number;
  pid: number;
  dataDir: string;
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}
export function tempDataDir(prefix?: string): string;
export function startRelayProcess(options?: {
  port?: number;
  dataDir?: string;
  dist?: string;
}): Promise<RelayProcess>;
