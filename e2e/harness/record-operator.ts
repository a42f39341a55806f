// `npm run operator:record`: runs the flows of operator-flows.ts against the real Flink operator
// on a throwaway control plane and writes what it did to recordings/operator-<version>/<flow>.json.
// Run it again after changing a flow or the operator version; review the diff before committing.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startControlPlane } from './control-plane';
import { DEFAULT_OPERATOR_VERSION } from './flink-operator';
import { FLOWS, runFlow } from './operator-flows';

async function main() {
  const version = process.env.FLINK_K8S_OPERATOR_VERSION ?? DEFAULT_OPERATOR_VERSION;
  const cp = await startControlPlane({ operator: version, crds: version, log: (l) => console.log(`  ${l}`) });
  const dir = path.join(__dirname, 'recordings', `operator-${version}`);
  mkdirSync(dir, { recursive: true });
  try {
    const results = await Promise.allSettled(
      Object.keys(FLOWS).filter((f) => !process.env.FLOWS || process.env.FLOWS.split(',').includes(f)).map(async (flow) => {
        const started = Date.now();
        const recording = await runFlow(cp.admin, flow, { operatorVersion: version, crdVersion: version });
        writeFileSync(path.join(dir, `${flow}.json`), JSON.stringify(recording, null, 2) + '\n');
        console.log(`${flow}: ${recording.documents.length} documents, ${recording.events.length} events in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }),
    );
    const failed = results.filter((r) => r.status === 'rejected');
    if (failed.length > 0) throw new Error(failed.map((f) => String(f.reason instanceof Error ? f.reason.message : f.reason)).join('\n'));
  } catch (err) {
    console.error(`the Flink operator's log:\n${cp.operator?.process.tail(400)}`);
    throw err;
  } finally {
    await cp.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
