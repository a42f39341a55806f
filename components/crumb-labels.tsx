'use client';
// Names for ids in the path: a page that knows what `/service-accounts/3f2c…` is renders
// <CrumbLabel segment={id} label={name} /> and the breadcrumbs show the name instead of the id.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

type Labels = Record<string, string>;
const LabelsContext = createContext<{ labels: Labels; setLabel: (segment: string, label: string | null) => void }>({ labels: {}, setLabel: () => {} });

export function CrumbLabelsProvider({ children }: { children: ReactNode }) {
  const [labels, setLabels] = useState<Labels>({});
  const setLabel = useCallback(
    (segment: string, label: string | null) =>
      setLabels((prev) => {
        const next = { ...prev };
        if (label === null) delete next[segment];
        else next[segment] = label;
        return next;
      }),
    [],
  );
  const value = useMemo(() => ({ labels, setLabel }), [labels, setLabel]);
  return <LabelsContext.Provider value={value}>{children}</LabelsContext.Provider>;
}

export function useCrumbLabels(): Labels {
  return useContext(LabelsContext).labels;
}

export function CrumbLabel({ segment, label }: { segment: string; label: string }) {
  const { setLabel } = useContext(LabelsContext);
  useEffect(() => {
    setLabel(segment, label);
    return () => setLabel(segment, null);
  }, [segment, label, setLabel]);
  return null;
}
