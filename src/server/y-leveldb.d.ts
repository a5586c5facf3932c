// y-leveldb ships types that its package.json "exports" hides from Node's resolution: the part we use.
declare module 'y-leveldb' {
  import type { Doc } from 'yjs';
  export class LeveldbPersistence {
    constructor(location: string);
    getYDoc(docName: string): Promise<Doc>;
    storeUpdate(docName: string, update: Uint8Array): Promise<number>;
    destroy(): Promise<void>;
  }
}
