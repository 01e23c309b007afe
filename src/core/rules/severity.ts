import type { Problem, Severity } from './problem';

export type SeveritySetting = Severity | 'off';

/** Applies the user's per-code severities: `off` drops a problem, any other level replaces the rule's own. */
export function withSeverities(problems: readonly Problem[], settings: Readonly<Record<string, SeveritySetting>>): Problem[] {
  const result: Problem[] = [];
  for (const problem of problems) {
    const setting = settings[problem.code];
    if (setting === 'off') continue;
    result.push(setting ? { ...problem, severity: setting } : problem);
  }
  return result;
}
