// Small inline icons (24px grid, stroke = currentColor), so the console needs no icon package.
import type { SVGProps } from 'react';

function Icon({ d, ...props }: SVGProps<SVGSVGElement> & { d: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round" strokeLinejoin="round" aria-hidden className="size-4 shrink-0" {...props}>
      <path d={d} />
    </svg>
  );
}

type P = SVGProps<SVGSVGElement>;
export const WorkspacesIcon = (p: P) => <Icon {...p} d="M3 7l9-4 9 4-9 4-9-4zm0 5l9 4 9-4M3 17l9 4 9-4" />;
export const ClustersIcon = (p: P) => <Icon {...p} d="M12 2l8.5 5v10L12 22l-8.5-5V7L12 2zm0 6a4 4 0 100 8 4 4 0 000-8z" />;
export const MembersIcon = (p: P) => <Icon {...p} d="M16 21v-2a4 4 0 00-4-4H6a4 4 0 00-4 4v2M9 11a4 4 0 100-8 4 4 0 000 8zm13 10v-2a4 4 0 00-3-3.87M16 3.13a4 4 0 010 7.75" />;
export const RobotIcon = (p: P) => <Icon {...p} d="M12 8V4m0 0h.01M6 8h12a2 2 0 012 2v8a2 2 0 01-2 2H6a2 2 0 01-2-2v-8a2 2 0 012-2zm3 5v1.5m6-1.5v1.5M2 13v3m20-3v3" />;
export const AuditIcon = (p: P) => <Icon {...p} d="M9 5H7a2 2 0 00-2 2v12a2 2 0 002 2h10a2 2 0 002-2V7a2 2 0 00-2-2h-2M9 5a2 2 0 012-2h2a2 2 0 012 2M9 5h6m-6 7h6m-6 4h4" />;
export const SettingsIcon = (p: P) => <Icon {...p} d="M12 15a3 3 0 100-6 3 3 0 000 6zm7.4-3a7.4 7.4 0 00-.1-1.2l2-1.6-2-3.4-2.4 1a7.5 7.5 0 00-2-1.2L14.5 3h-5l-.4 2.6a7.5 7.5 0 00-2 1.2l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 000 2.4l-2 1.6 2 3.4 2.4-1a7.5 7.5 0 002 1.2l.4 2.6h5l.4-2.6a7.5 7.5 0 002-1.2l2.4 1 2-3.4-2-1.6c.1-.4.1-.8.1-1.2z" />;
export const AppIcon = (p: P) => <Icon {...p} d="M13 2L3 14h8l-1 8 10-12h-8l1-8z" />;
export const SessionIcon = (p: P) => <Icon {...p} d="M4 6h16M4 12h16M4 18h10" />;
export const SavepointIcon = (p: P) => <Icon {...p} d="M19 21l-7-5-7 5V5a2 2 0 012-2h10a2 2 0 012 2v16z" />;
export const LockIcon = (p: P) => <Icon {...p} d="M5 11h14v10H5V11zm3 0V7a4 4 0 018 0v4" />;
export const ChevronIcon = (p: P) => <Icon {...p} d="M8 9l4-4 4 4M16 15l-4 4-4-4" />;
export const SunIcon = (p: P) => <Icon {...p} d="M12 17a5 5 0 100-10 5 5 0 000 10zm0-15v2m0 16v2M4.2 4.2l1.4 1.4m12.8 12.8l1.4 1.4M2 12h2m16 0h2M4.2 19.8l1.4-1.4M18.4 5.6l1.4-1.4" />;
export const MoonIcon = (p: P) => <Icon {...p} d="M21 12.8A9 9 0 1111.2 3a7 7 0 009.8 9.8z" />;
export const OverviewIcon = (p: P) => <Icon {...p} d="M3 3h7v9H3V3zm11 0h7v5h-7V3zm0 9h7v9h-7v-9zM3 16h7v5H3v-5z" />;
export const SignOutIcon = (p: P) => <Icon {...p} d="M15 4h3a2 2 0 012 2v12a2 2 0 01-2 2h-3M10 17l5-5-5-5m5 5H4" />;
export const ChevronRightIcon = (p: P) => <Icon {...p} d="M9 6l6 6-6 6" />;
export const ChevronDownIcon = (p: P) => <Icon {...p} d="M6 9l6 6 6-6" />;
export const CloseIcon = (p: P) => <Icon {...p} d="M6 6l12 12M18 6L6 18" />;
export const MonitorIcon = (p: P) => <Icon {...p} d="M3 4h18v12H3V4zm5 16h8m-4-4v4" />;
export const AlertIcon = (p: P) => <Icon {...p} d="M12 9v4m0 4h.01M10.3 3.9L1.8 18a2 2 0 001.7 3h17a2 2 0 001.7-3L13.7 3.9a2 2 0 00-3.4 0z" />;
export const CompassIcon = (p: P) => <Icon {...p} d="M12 22a10 10 0 100-20 10 10 0 000 20zm4.2-14.2l-2.1 6.3-6.3 2.1 2.1-6.3 6.3-2.1z" />;

/** Flotilla's mark: three sails. */
export function Logo({ className = 'size-6' }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden>
      <rect width="32" height="32" rx="8" className="fill-accent-600" />
      <path d="M9 22l4-12v12H9zm6 0l4-14v14h-4zm6 0l3-9v9h-3z" fill="white" />
      <path d="M7 24h19" stroke="white" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
export const MenuIcon = (p: P) => <Icon {...p} d="M4 6h16M4 12h16M4 18h16" />;
export const BookIcon = (p: P) => <Icon {...p} d="M4 19.5A2.5 2.5 0 016.5 17H20V3H6.5A2.5 2.5 0 004 5.5v14zm0 0A2.5 2.5 0 006.5 22H20v-5" />;
