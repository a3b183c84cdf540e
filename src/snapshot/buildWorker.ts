/**
 * A cold build's shard on a worker thread (started by `parallelBuild.ts`): reads the files it is
 * given, posts a progress message after each, then the shard with its buffers transferred.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildShard } from './shard.ts';
import type { ShardOutput } from './shard.ts';

/** `spillDir`: where the shard gathers what it need not hold in memory (`spill.ts`). */
export type ShardRequest = { files: string[]; spillDir?: string };
export type ShardMessage = { kind: 'file'; file: string } | { kind: 'done'; shard: ShardOutput } | { kind: 'error'; message: string };

const port = parentPort;
if (port) {
  const { files, spillDir } = workerData as ShardRequest;
  buildShard(files, (file) => port.postMessage({ kind: 'file', file } satisfies ShardMessage), spillDir)
    .then((shard) => {
      const buffers = [shard.offsets, ...shard.records.pieces, ...shard.metas.pieces, ...shard.people.pieces, shard.refs, shard.documentFrequency, shard.fieldLengths, shard.wordCounts, ...shard.logs.flatMap((log) => [...log.terms, ...log.frequencies, log.passageEnds])];
      port.postMessage({ kind: 'done', shard } satisfies ShardMessage, [...new Set(buffers.map((b) => b.buffer as ArrayBuffer))]);
    })
    .catch((error: unknown) => port.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) } satisfies ShardMessage));
}
