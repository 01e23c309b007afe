/** Median timing of a function, with warm-up, so figures compare within one run. */
export function median(fn: () => unknown, options: { runs?: number; minMs?: number; warmup?: number } = {}): number {
  const runs = options.runs ?? 50;
  const minMs = options.minMs ?? 200;
  for (let i = 0; i < (options.warmup ?? 5); i++) fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < runs || (performance.now() - started < minMs && samples.length < 10_000)) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

export function format(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}

export function row(name: string, ms: number, baselineName: string, baselineMs: number): string {
  return `${name.padEnd(44)} ${format(ms).padStart(11)}   vs ${baselineName.padEnd(32)} ${format(baselineMs).padStart(11)}   ratio ${(ms / baselineMs).toFixed(2)}×`;
}
