import { readStored, removeStored, writeStored } from './local-store.ts';

const isIndexList = (value: unknown): value is number[] => Array.isArray(value) && value.every(Number.isInteger);

/**
 * Turn a code's numbered steps into a checklist staff tick while they work.
 * Ticks are kept per code and version, so a new version starts clean.
 */
export function enhanceStepChecklist(
  list: HTMLOListElement,
  storageKey: string,
  resetButton: HTMLButtonElement,
  /** "Step {n} done", in the page's language. */
  stepDoneLabel: string,
): void {
  const steps = [...list.children].filter((child): child is HTMLLIElement => child instanceof HTMLLIElement);
  const ticked = new Set(readStored(storageKey, [], isIndexList));

  const checkboxes = steps.map((step, index) => {
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    checkbox.className = 'sh-checklist__box';
    checkbox.setAttribute('aria-label', stepDoneLabel.replace('{n}', String(index + 1)));
    checkbox.checked = ticked.has(index);
    step.classList.toggle('sh-checklist__step--done', checkbox.checked);
    checkbox.addEventListener('change', () => {
      step.classList.toggle('sh-checklist__step--done', checkbox.checked);
      if (checkbox.checked) ticked.add(index);
      else ticked.delete(index);
      writeStored(
        storageKey,
        [...ticked].sort((a, b) => a - b),
      );
    });
    step.prepend(checkbox);
    return checkbox;
  });

  resetButton.addEventListener('click', () => {
    ticked.clear();
    removeStored(storageKey);
    checkboxes.forEach((checkbox, index) => {
      checkbox.checked = false;
      steps[index]?.classList.remove('sh-checklist__step--done');
    });
    checkboxes[0]?.focus();
  });
}
