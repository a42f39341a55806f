// Times as the console shows them: UTC, to the second, the same on server and client (no
// hydration mismatch, no guessing of the viewer's zone).
export function formatTime(iso: string | null | undefined, fallback = '—'): string {
  if (!iso) return fallback;
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

export function formatDate(iso: string | null | undefined, fallback = '—'): string {
  return iso ? iso.slice(0, 10) : fallback;
}
