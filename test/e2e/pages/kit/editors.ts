/**
 * Editors other than Lexical tell the tests their text through here: an editor component registers its wrapper
 * element with a reader of its own library's state (Draft.js: the EditorState's plain text). The app's probe
 * (app.tsx) asks these readers when the element is no Lexical editor.
 */
const readers = new WeakMap<Element, () => string>();

export function registerEditor(wrapper: Element, read: () => string): () => void {
  readers.set(wrapper, read);
  return () => readers.delete(wrapper);
}

/** The text of the registered editor this element belongs to, or null. */
export function readRegisteredEditor(el: Element): string | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const read = readers.get(node);
    if (read) return read();
  }
  return null;
}
