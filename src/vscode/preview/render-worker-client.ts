import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RendererId } from '../../core/render/renderer';
import type { RenderReply, RenderRequest } from './render-protocol';

/** How long a superseded render may keep running before the worker is stopped and started afresh. */
const SUPERSEDED_GRACE_MS = 300;

export type RenderOutcome = { html: string; describes: string } | { error: string } | 'superseded';

/**
 * Renders in a worker thread, latest request wins: a request made while another runs replaces any waiting one,
 * and a running render that has been superseded for too long is cancelled by restarting the worker.
 */
export class RenderWorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private running: { request: RenderRequest; resolve: (outcome: RenderOutcome) => void } | undefined;
  private waiting: { request: RenderRequest; resolve: (outcome: RenderOutcome) => void } | undefined;
  private cancelTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly extensionPath: string) {}

  render(renderer: RendererId, markdown: string): Promise<RenderOutcome> {
    return new Promise((resolve) => {
      const request = { id: this.nextId++, renderer, markdown };
      this.waiting?.resolve('superseded');
      this.waiting = { request, resolve };
      if (!this.running) this.startNext();
      else if (!this.cancelTimer) this.cancelTimer = setTimeout(() => this.restart(), SUPERSEDED_GRACE_MS);
    });
  }

  private startNext(): void {
    const next = this.waiting;
    this.waiting = undefined;
    if (!next) return;
    this.running = next;
    this.ensureWorker().postMessage(next.request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(path.join(this.extensionPath, 'dist', 'render', 'worker.js'));
    worker.on('message', (reply: RenderReply) => this.finish(reply));
    worker.on('error', (error) => this.fail(worker, error.message));
    worker.on('exit', (code) => code !== 0 && this.fail(worker, `the render worker stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  private finish(reply: RenderReply): void {
    if (!this.running || reply.id !== this.running.request.id) return;
    const { resolve } = this.running;
    this.running = undefined;
    this.clearCancel();
    resolve('error' in reply ? { error: reply.error } : { html: reply.html, describes: reply.describes });
    this.startNext();
  }

  private fail(worker: Worker, message: string): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    this.running?.resolve({ error: message });
    this.running = undefined;
    this.clearCancel();
    this.startNext();
  }

  /** Cancels the running render, which a newer request has replaced. */
  private restart(): void {
    this.cancelTimer = undefined;
    if (!this.running) return;
    const worker = this.worker;
    this.worker = undefined;
    this.running.resolve('superseded');
    this.running = undefined;
    void worker?.terminate();
    this.startNext();
  }

  private clearCancel(): void {
    clearTimeout(this.cancelTimer);
    this.cancelTimer = undefined;
  }

  dispose(): void {
    this.clearCancel();
    this.waiting?.resolve('superseded');
    this.running?.resolve('superseded');
    this.waiting = this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
