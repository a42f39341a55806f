import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = { title: 'Home' };

const STEPS = [
  { path: 'clusters', title: 'Register a cluster', text: 'Connect a Kubernetes cluster that runs the Flink operator.' },
  { path: 'workspaces', title: 'Create a workspace', text: 'Carve a namespace out of the cluster for a team.' },
  { path: 'members', title: 'Invite people', text: 'Give your colleagues a role in the organization.' },
  { path: 'service-accounts', title: 'Create a service account', text: 'Let pipelines deploy through the REST API.' },
];

export default async function OrgHome({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  return (
    <>
      <PageHeader title="Getting started" description="Four steps from an empty organization to running Flink jobs." />
      <Card>
        <ol className="flex flex-col divide-y divide-border">
          {STEPS.map((step, i) => (
            <li key={step.path} className="flex items-center gap-4 py-3 first:pt-0 last:pb-0">
              <span className="flex size-7 shrink-0 items-center justify-center rounded-full border border-border text-xs font-semibold text-fg-muted">{i + 1}</span>
              <div className="flex-1">
                <Link href={`/orgs/${org}/${step.path}`} className="font-medium hover:underline">
                  {step.title}
                </Link>
                <p className="text-xs text-fg-muted">{step.text}</p>
              </div>
            </li>
          ))}
        </ol>
      </Card>
    </>
  );
}
