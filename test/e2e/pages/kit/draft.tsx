/** @jsxImportSource react */
import { type DraftHandleValue, Editor, EditorState, getDefaultKeyBinding, KeyBindingUtil } from 'draft-js';
import { type KeyboardEvent, type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { registerEditor } from './editors';

/**
 * A Draft.js editor (draft-js 0.11.7, as X's composers are): the draft lives in Draft's EditorState, Draft
 * listens on its contenteditable (keydown, beforeinput) and re-renders the text from its state. Ctrl/Cmd+Enter
 * sends through the app's key command, as on X; plain Enter is Draft's own new block.
 */

export interface DraftHandle {
  send(): void;
}

export interface DraftBoxProps {
  /** On the contenteditable, as X sets them: data-testid (Draft's webDriverTestID), aria-label, placeholder. */
  testId: string;
  ariaLabel: string;
  placeholder: string;
  /** Which keys send: Ctrl/Cmd+Enter (a post) or plain Enter (the older DM composer). */
  sendOn: 'ctrl-enter' | 'enter';
  /** Called with the draft when the app sends it (never with an empty draft); the editor is emptied after. */
  onSend(text: string): void;
  /** For a send button: filled with the editor's send. */
  handle?: RefObject<DraftHandle | null>;
  /** Told whether the editor holds text (X's send button is disabled while it is empty). */
  onEmptyChange?(empty: boolean): void;
}

const SEND = 'app-send';

function textOf(state: EditorState): string {
  return state.getCurrentContent().getPlainText();
}

export function DraftBox({ testId, ariaLabel, placeholder, sendOn, onSend, handle, onEmptyChange }: DraftBoxProps) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const latest = useRef(state);
  latest.current = state;
  const wrapper = useRef<HTMLDivElement>(null);

  const send = () => {
    const text = textOf(latest.current).trim();
    if (!text) return;
    onSend(text);
    const empty = EditorState.moveFocusToEnd(EditorState.createEmpty());
    latest.current = empty;
    setState(empty);
    onEmptyChange?.(true);
  };
  if (handle) handle.current = { send };

  useLayoutEffect(() => (wrapper.current ? registerEditor(wrapper.current, () => textOf(latest.current)) : undefined), []);

  const keyBinding = (e: KeyboardEvent): string | null => {
    if (
      e.key === 'Enter' &&
      !e.shiftKey &&
      (sendOn === 'enter' ? !KeyBindingUtil.hasCommandModifier(e) : KeyBindingUtil.hasCommandModifier(e))
    ) {
      return SEND;
    }
    return getDefaultKeyBinding(e);
  };
  const handleKeyCommand = (command: string): DraftHandleValue => {
    if (command !== SEND) return 'not-handled';
    send();
    return 'handled';
  };
  return (
    <div ref={wrapper}>
      <Editor
        editorState={state}
        onChange={(next) => {
          latest.current = next;
          setState(next);
          onEmptyChange?.(textOf(next).trim() === '');
        }}
        keyBindingFn={keyBinding}
        handleKeyCommand={handleKeyCommand}
        webDriverTestID={testId}
        ariaLabel={ariaLabel}
        placeholder={placeholder}
        spellCheck
      />
    </div>
  );
}
