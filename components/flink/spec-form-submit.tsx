'use client';
// What a spec form's layout (application, session, session job) gets for submitting: creating
// shows the server's refusal and the create button; editing shows the change alert (with its
// reload when stale) and "Review changes", which opens the review (useEditSpec).
import { FormAlert } from '@/components/ui/form-alert';
import { ChangeAlert } from './change-alert';
import { FormButtons } from './form-buttons';
import type { useCreateSpec } from './use-create-spec';
import type { EditSpec } from './use-edit-spec';

export function createSubmitProps({ message, pending, submit }: ReturnType<typeof useCreateSpec>, cancelHref: string, submitLabel: string) {
  return {
    editing: false,
    onSubmit: submit,
    alert: message && <FormAlert message={message} />,
    buttons: <FormButtons cancelHref={cancelHref} submitLabel={submitLabel} pending={pending} />,
  };
}

export function editSubmitProps({ message, submit }: Pick<EditSpec, 'message' | 'submit'>, cancelHref: string) {
  return {
    editing: true,
    onSubmit: submit,
    alert: message && <ChangeAlert message={message} />,
    buttons: <FormButtons cancelHref={cancelHref} submitLabel="Review changes" />,
  };
}
