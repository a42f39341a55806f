// A session's shared dependencies, expressed in its pod template: built-in plugins are switched
// on through the Flink image's ENABLE_BUILT_IN_PLUGINS, extra jars are downloaded by an init
// container into a directory under /opt/flink/lib (Flink puts every jar below lib/ on the
// classpath). Merged into the user's own pod template without replacing anything in it.
import type { SessionSpec } from '@/lib/validation/flink';

export const MAIN_CONTAINER = 'flink-main-container';
export const DEPENDENCIES_VOLUME = 'flotilla-session-deps';
export const DEPENDENCIES_DIR = '/opt/flink/lib/flotilla-deps';

// URLs are passed as arguments, never spliced into the script, so they cannot inject shell.
const FETCH_SCRIPT =
  'set -eu; cd /deps; for url in "$@"; do file=$(basename "$url"); ' +
  'if command -v curl >/dev/null 2>&1; then curl -fsSL -o "$file" "$url"; else wget -q -O "$file" "$url"; fi; done';

type Obj = Record<string, unknown>;
type Container = { name: string } & Obj;

function list<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/** The pod template with the session's dependencies merged in; undefined when there is none at all. */
export function withSessionDependencies(spec: Pick<SessionSpec, 'podTemplate' | 'plugins' | 'extraJars' | 'image'>): Obj | undefined {
  if (spec.plugins.length === 0 && spec.extraJars.length === 0) return spec.podTemplate;
  const template: Obj = structuredClone(spec.podTemplate ?? {});
  const podSpec: Obj = { ...((template.spec as Obj | undefined) ?? {}) };
  const containers = list<Container>(podSpec.containers);
  const existing = containers.find((c) => c.name === MAIN_CONTAINER);
  const main: Container = { ...(existing ?? { name: MAIN_CONTAINER }) };

  if (spec.plugins.length > 0) {
    main.env = [...list<Obj>(main.env), { name: 'ENABLE_BUILT_IN_PLUGINS', value: spec.plugins.join(';') }];
  }
  if (spec.extraJars.length > 0) {
    main.volumeMounts = [...list<Obj>(main.volumeMounts), { name: DEPENDENCIES_VOLUME, mountPath: DEPENDENCIES_DIR }];
    podSpec.volumes = [...list<Obj>(podSpec.volumes), { name: DEPENDENCIES_VOLUME, emptyDir: {} }];
    podSpec.initContainers = [
      ...list<Obj>(podSpec.initContainers),
      {
        name: 'flotilla-fetch-deps',
        image: spec.image,
        command: ['sh', '-c', FETCH_SCRIPT, 'fetch-deps', ...spec.extraJars],
        volumeMounts: [{ name: DEPENDENCIES_VOLUME, mountPath: '/deps' }],
      },
    ];
  }
  podSpec.containers = existing ? containers.map((c) => (c === existing ? main : c)) : [...containers, main];
  return { apiVersion: 'v1', kind: 'Pod', ...template, spec: podSpec };
}
