/** Focus and selection go to the reminder; they come back before a replay, so editors send what they hold. */
export function saveFocus(doc: Document): () => void {
  const active = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const selection = doc.getSelection();
  const ranges = selection ? Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i).cloneRange()) : [];
  return () => {
    active?.focus({ preventScroll: true });
    if (selection && ranges.length) {
      selection.removeAllRanges();
      for (const r of ranges) selection.addRange(r);
    }
  };
}
