'use client';
// The log4j-console.properties of a Flink cluster's pods (application, session), as text; empty
// keeps Flink's own.
import { Textarea } from '@/components/ui/textarea';
import type { TextControlProps } from './use-spec-form';
import { LOG_FILE_MAX } from '@/lib/validation/limits';

export function LogConfigurationField({ control, rows }: { control: TextControlProps; rows: number }) {
  return (
    <Textarea maxLength={LOG_FILE_MAX}
      label="Log configuration (log4j-console.properties)"
      mono
      rows={rows}
      spellCheck={false}
      placeholder={'rootLogger.level = INFO\nrootLogger.appenderRef.console.ref = ConsoleAppender'}
      hint={`Replaces Flink's log4j-console.properties in every pod. Leave empty for Flink's own. At most ${LOG_FILE_MAX.toLocaleString('en')} characters.`}
      {...control}
    />
  );
}
