import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import { ThemeScript } from '@/components/theme-script';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Flotilla', template: '%s · Flotilla' },
  description: 'Run Apache Flink on Kubernetes, for every team in your organization.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen font-sans text-sm antialiased">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
