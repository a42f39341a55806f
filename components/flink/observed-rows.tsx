// The rows of a resource's overview that say how current it is (application, session, session
// job): when the cluster last reported, and how many of its changes the operator confirmed.
import { DetailRow } from './detail-list';
import { TimeAgo } from './time-ago';

export function ObservedRows({ resource }: { resource: { lastObservedAt: string | null; observedGeneration: number; generation: number } }) {
  return (
    <>
      <DetailRow label="Last observed">
        <TimeAgo iso={resource.lastObservedAt} fallback="not yet: the cluster has not reported" />
      </DetailRow>
      <DetailRow label="Changes applied">
        {resource.observedGeneration} of {resource.generation} confirmed by the operator
      </DetailRow>
    </>
  );
}
