'use client';
// Client-side providers for the whole app: TanStack Query (live status) and toasts.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { applyTheme } from '@/components/theme';
import { ToastProvider } from '@/components/ui/toast';

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, refetchOnWindowFocus: true } } }),
  );
  // When React renders the document anew (a not-found thrown in a layout does), it resets the
  // attributes of <html> and drops the class ThemeScript set: put it back.
  useEffect(() => applyTheme(), []);
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>{children}</ToastProvider>
    </QueryClientProvider>
  );
}
