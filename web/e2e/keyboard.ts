import type { Locator, Page } from 'playwright-core';

const MAX_TABS = 80;

// These run in the page, serialised on their own (so each stands alone); the gateway's
// type check has no DOM types, hence `any`.
const isActiveElement = (element: any): boolean => element === element.ownerDocument.activeElement;

const showsFocusRing = (element: any): boolean => {
  const style = element.ownerDocument.defaultView.getComputedStyle(element);
  const ring = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
  return element === element.ownerDocument.activeElement && element.matches(':focus-visible') && ring;
};

const FOCUSED_ELEMENT = `(() => {
  const element = document.activeElement;
  if (!element || element === document.body) return '(nothing)';
  const name = element.getAttribute('aria-label') ?? element.labels?.[0]?.textContent ?? element.textContent ?? '';
  return '<' + element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + '> ' + name.trim().slice(0, 60);
})()`;

/** Presses Tab (Shift+Tab with `backwards`) until `target` has the focus, and says where the focus went if it never does. */
export async function tabTo(page: Page, target: Locator, options: { backwards?: boolean } = {}): Promise<void> {
  const visited: string[] = [];
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    if (await isFocused(target)) return;
    visited.push(await page.evaluate<string>(FOCUSED_ELEMENT));
  }
  throw new Error(`${MAX_TABS} presses of Tab never reached ${target}; the focus went to:\n  ${visited.join('\n  ')}`);
}

export async function isFocused(target: Locator): Promise<boolean> {
  return (await target.count()) > 0 && (await target.evaluate(isActiveElement));
}

/** Whether the focused element shows the focus ring a keyboard user needs to see where they are. */
export async function hasVisibleFocus(target: Locator): Promise<boolean> {
  return target.evaluate(showsFocusRing);
}
