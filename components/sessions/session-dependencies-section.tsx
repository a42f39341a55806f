'use client';
// The session form's shared dependencies: Flink plugins of the image to enable and extra jars
// every job of the session can use. Collapsed unless something is set there or wrong.
import { FormSection } from '@/components/flink/form-section';
import { Textarea } from '@/components/ui/textarea';
import type { SessionForm } from './use-session-form';
import { EXTRA_JARS_MAX_ITEMS, PLUGINS_MAX_ITEMS, PLUGIN_NAME_MAX, URI_MAX } from '@/lib/validation/limits';

const FIELDS = ['plugins', 'extraJars'] as const;

export function SessionDependenciesSection({ form }: { form: SessionForm }) {
  const { text, values } = form;
  return (
    <FormSection
      title="Shared dependencies"
      description="What every job of the session can use: plugins of the Flink image, and extra jars."
      collapsible
      defaultOpen={values.plugins !== '' || values.extraJars !== ''}
      forceOpen={form.hasVisibleError(FIELDS)}
    >
      <Textarea maxLength={PLUGINS_MAX_ITEMS * (PLUGIN_NAME_MAX + 1)}
        label="Plugins"
        mono
        rows={2}
        spellCheck={false}
        placeholder="flink-s3-fs-hadoop-1.20.1.jar"
        hint="One per line: plugin jars shipped in the image's opt/ directory, enabled in every pod (file systems, metric reporters)."
        {...text('plugins')}
      />
      <Textarea maxLength={EXTRA_JARS_MAX_ITEMS * (URI_MAX + 1)}
        label="Extra jars"
        mono
        rows={3}
        spellCheck={false}
        placeholder="https://artifacts.example.com/libs/connector-kafka.jar"
        hint="One https:// URL of a .jar per line: downloaded into Flink's classpath when the pods start."
        {...text('extraJars')}
      />
    </FormSection>
  );
}
