// How the console names and explains a workspace's Pod Security level. Client-safe.
import type { PodSecurityLevel } from '@/lib/validation/workspaces';

export const POD_SECURITY_OPTIONS: { value: PodSecurityLevel; label: string }[] = [
  { value: 'restricted', label: 'Restricted (recommended)' },
  { value: 'baseline', label: 'Baseline' },
];

export const POD_SECURITY_HELP: Record<PodSecurityLevel, string> = {
  restricted: 'Pods run as non-root, without privilege escalation or added capabilities, with the runtime’s seccomp profile.',
  baseline: 'Pods may run as root and keep default capabilities; host namespaces, host paths and privileged containers are still refused. Warnings show what restricted would refuse.',
};
