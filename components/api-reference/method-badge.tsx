import { cn } from '@/components/ui/cn';

const TONES: Record<string, string> = {
  get: 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300',
  post: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
  patch: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
  put: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
  delete: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300',
};

export function MethodBadge({ method }: { method: string }) {
  return <span className={cn('inline-block w-16 rounded px-1.5 py-0.5 text-center font-mono text-xs font-bold uppercase', TONES[method])}>{method}</span>;
}
