/**
 * Canonical JSON, apart from the review code so the history (snapshots compare their content with it) does not
 * bring the review engine to every page that takes a snapshot. Pure.
 */
import { byCodeUnits } from './order.ts';

/**
 * JSON with object keys sorted at every level and `undefined` fields left out, so the same answer always gives
 * the same text whatever order its fields were written in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => byCodeUnits(a, b));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
