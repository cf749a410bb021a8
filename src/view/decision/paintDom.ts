// Writes for the parts of the decision painted without rendering (usePaintScores): each
// writes only a value that differs, so an unchanged number costs no mutation, style
// invalidation or layout.

/** Sets an element's text when it differs. */
export function setText(el: Element | null | undefined, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}

/** Sets an attribute when it differs. */
export function setAttr(el: Element | null | undefined, name: string, value: string): void {
  if (el && el.getAttribute(name) !== value) el.setAttribute(name, value);
}
