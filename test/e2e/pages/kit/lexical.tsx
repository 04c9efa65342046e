/** @jsxImportSource react */
import { registerPlainText } from '@lexical/plain-text';
import { mergeRegister } from '@lexical/utils';
import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, createEditor, KEY_ENTER_COMMAND, type LexicalEditor } from 'lexical';
import { type HTMLAttributes, type RefObject, useLayoutEffect, useRef } from 'react';

/**
 * A Lexical plain-text editor on a contenteditable div, as Facebook's and Instagram's composers are: the draft
 * lives in Lexical's editor state, Lexical listens on the editor element itself (keydown, beforeinput), and
 * Enter sends through the app's own KEY_ENTER_COMMAND handler (Shift+Enter stays Lexical's line break).
 * Lexical marks the element `data-lexical-editor="true"` when it attaches.
 */

/** What a send button beside the editor calls: the same send as Enter. */
export interface EditorHandle {
  send(): void;
}

export interface LexicalBoxProps extends HTMLAttributes<HTMLDivElement> {
  /** Called with the draft when the app sends it (never with an empty draft); the editor is cleared after. */
  onSend(text: string): void;
  /** For a send button: filled with the editor's send. */
  handle?: RefObject<EditorHandle | null>;
  /** False: Enter is a new line here (a post composer), only the button sends. */
  enterSends?: boolean;
  /** Told whether the editor holds text, after every change (Instagram's Post is disabled while it is empty). */
  onEmptyChange?(empty: boolean): void;
}

function draftOf(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $getRoot().getTextContent());
}

function clear(editor: LexicalEditor): void {
  editor.update(() => {
    const root = $getRoot();
    root.clear();
    root.append($createParagraphNode());
  });
}

export function LexicalBox({ onSend, handle, enterSends = true, onEmptyChange, ...attrs }: LexicalBoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  // The latest callbacks, without re-creating the editor on every render.
  const latest = useRef({ onSend, onEmptyChange });
  latest.current = { onSend, onEmptyChange };
  useLayoutEffect(() => {
    const editor = createEditor({
      namespace: attrs['aria-label'] ?? 'composer',
      onError: (error) => {
        throw error;
      },
    });
    editor.setRootElement(ref.current);
    const send = () => {
      const text = draftOf(editor).trim();
      if (!text) return;
      latest.current.onSend(text);
      clear(editor);
    };
    if (handle) handle.current = { send };
    const off = mergeRegister(
      registerPlainText(editor),
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (!enterSends || event?.shiftKey) return false; // Lexical's own line break
          event?.preventDefault();
          send();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerUpdateListener(({ editorState }) => {
        latest.current.onEmptyChange?.(editorState.read(() => $getRoot().getTextContent()).trim() === '');
      }),
    );
    return () => {
      off();
      editor.setRootElement(null);
      if (handle) handle.current = null;
    };
  }, [enterSends, handle, attrs['aria-label']]);
  return <div {...attrs} ref={ref} contentEditable role="textbox" spellCheck tabIndex={0} suppressContentEditableWarning />;
}
