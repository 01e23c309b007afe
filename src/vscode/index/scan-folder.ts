import { Worker } from 'node:worker_threads';
import type { PostIndex } from '../../core/index/post-index';
import type { ScanReply, ScanRequest } from './index-protocol';

/**
 * Reads every post of a folder into the index in a worker thread, so start-up indexing never blocks the
 * extension host. (Two workers splitting the files were measured slower on two cores: file reads dominate.)
 */
export function scanFolder(workerFile: string, request: ScanRequest, index: PostIndex): Promise<{ files: number; errors: string[] }> {
  const errors: string[] = [];
  return new Promise((resolve) => {
    const worker = new Worker(workerFile, { workerData: request });
    let files = 0;
    worker.on('message', (reply: ScanReply) => {
      if (reply.type === 'posts') index.setMany(reply.posts);
      else if (reply.type === 'images') index.setImages(reply.paths);
      else if (reply.type === 'error') errors.push(reply.message);
      else files = reply.files;
      if (reply.type === 'done' || reply.type === 'error') void worker.terminate();
    });
    worker.on('error', (error) => errors.push(error.message));
    worker.on('exit', () => resolve({ files, errors }));
  });
}
