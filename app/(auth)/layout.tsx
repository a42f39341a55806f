import type { ReactNode } from 'react';
import { Logo } from '@/components/icons';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 px-4 py-12">
      <div className="flex items-center gap-2.5">
        <Logo className="size-8" />
        <span className="text-xl font-semibold tracking-tight">Flotilla</span>
      </div>
      <div className="w-full max-w-sm rounded-xl border border-border bg-surface p-7 shadow-sm">{children}</div>
      <p className="text-xs text-fg-muted">Apache Flink on Kubernetes, for every team.</p>
    </main>
  );
}
