import type { ComponentChildren, Ref } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../core/i18n';

/**
 * Small accessible building blocks shared by the options page and the popup:
 * every control has a visible label, hints and errors are tied to it with
 * aria-describedby, and errors sit next to the field they are about.
 */

export interface FieldProps {
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | undefined;
  /** Renders the control; the ids wire it to its label, hint and error. */
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ComponentChildren;
  class?: string;
  /** Put the hint under the control (keeps controls in a grid aligned). */
  hintBelow?: boolean;
}

export function Field({ label, hint, error, children, class: className, hintBelow = false }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field ${className ?? ''}`}>
      <label for={id}>{label}</label>
      {hint && !hintBelow && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: Boolean(error) })}
      {hint && hintBelow && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

export function Check({
  checked,
  onChange,
  children,
  hint,
  disabled,
  describedBy,
  ...rest
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  hint?: ComponentChildren;
  disabled?: boolean;
  /** Another element that describes the box (a "Set by …" note). */
  describedBy?: string | undefined;
  [data: `data-${string}`]: string | boolean | undefined;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', describedBy ?? ''].filter(Boolean).join(' ') || undefined;
  return (
    <label class={`check${disabled ? ' disabled' : ''}`} for={id}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        aria-describedby={described}
        {...rest}
      />
      <span>
        {children}
        {hint && (
          <span class="hint" id={`${id}-hint`} style={{ display: 'block' }}>
            {hint}
          </span>
        )}
      </span>
    </label>
  );
}

/**
 * A modal built on the native <dialog>: the browser traps focus, Escape closes
 * it, and focus returns to the control that opened it.
 */
export function Modal({
  open,
  onClose,
  title,
  children,
  initialFocus,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ComponentChildren;
  /** A selector inside the dialog to focus first (the safe choice for a destructive question). */
  initialFocus?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const opener = useRef<Element | null>(null);
  // A layout effect: the dialog is open (and has the focus) in the same task as the render, not a frame later,
  // so a key pressed right after the click that opened it (Escape, typing) already goes to it.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      if (initialFocus) dialog.querySelector<HTMLElement>(initialFocus)?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, initialFocus]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={() => {
        if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
        if (open) onClose();
      }}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId}>{title}</h2>
          {children}
        </>
      )}
    </dialog>
  );
}

/** A yes/no question before something that cannot be undone; the safe answer has the focus. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  danger = true,
}: {
  open: boolean;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  danger?: boolean;
}) {
  return (
    <Modal open={open} onClose={onCancel} title={title} initialFocus="[data-cancel]">
      {children}
      <div class="row" style={{ justifyContent: 'flex-end', marginTop: '1rem' }}>
        <button type="button" class="btn" data-cancel onClick={onCancel}>
          {t('common_cancel')}
        </button>
        <button type="button" class={`btn ${danger ? 'btn-danger' : 'btn-primary'}`} data-confirm onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}

/** A scrolling box (wide or long tables): keyboard users can focus it to scroll it. */
export function ScrollRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take keyboard focus to scroll (axe scrollable-region-focusable)
    <section class="table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

/** A file chooser with its visible label (the import contract's `input[type=file][data-import=…]`). */
export function FileField({
  id,
  label,
  accept,
  kind,
  describedBy,
  inputRef,
  onChange,
}: {
  id: string;
  label: string;
  accept: string;
  /** The `data-import` value: what the file is ("clients", "settings"). */
  kind: string;
  describedBy: string;
  inputRef: Ref<HTMLInputElement>;
  onChange: (event: Event) => void;
}) {
  return (
    <div class="field file-field">
      <label for={id}>{label}</label>
      <input ref={inputRef} id={id} type="file" accept={accept} data-import={kind} aria-describedby={describedBy} onChange={onChange} />
    </div>
  );
}
