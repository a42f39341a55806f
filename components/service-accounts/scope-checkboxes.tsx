// The token scopes, one checkbox per permission of the catalog, grouped by where it applies.
// None checked means the token may do everything its account may.
import { ORG_PERMISSIONS, WORKSPACE_PERMISSIONS } from '@/lib/auth/permissions';

const GROUPS = [
  { title: 'Organization', permissions: Object.keys(ORG_PERMISSIONS) },
  { title: 'Workspaces', permissions: Object.keys(WORKSPACE_PERMISSIONS) },
];

export function ScopeCheckboxes({ error, checked = [] }: { error?: string[]; checked?: string[] }) {
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby="scopes-hint">
      <legend className="text-sm font-medium">Scopes</legend>
      <p id="scopes-hint" className="text-xs text-fg-muted">
        Limit what this token may do. Leave all unchecked for everything the service account may do; scopes never add permissions.
      </p>
      <div className="grid max-h-52 grid-cols-2 gap-x-4 gap-y-1 overflow-y-auto rounded-md border border-border p-3">
        {GROUPS.map((group) => (
          <div key={group.title} className="flex flex-col gap-1">
            <span className="text-xs font-semibold text-fg-muted">{group.title}</span>
            {group.permissions.map((p) => (
              <label key={p} className="flex items-center gap-2 font-mono text-xs">
                <input type="checkbox" name="scopes" value={p} defaultChecked={checked.includes(p)} className="accent-accent-600" />
                {p}
              </label>
            ))}
          </div>
        ))}
      </div>
      {error?.[0] && <p className="text-xs font-medium text-red-600 dark:text-red-400">{error[0]}</p>}
    </fieldset>
  );
}
