import { render } from 'preact';
import { afterEach, expect, it } from 'vitest';
import { PopupApp } from '@/components/PopupApp';

// Also proves .tsx test files compile with Preact's JSX runtime.
afterEach(() => {
  document.body.replaceChildren();
});

it('renders the popup', () => {
  const root = document.createElement('div');
  document.body.append(root);
  render(<PopupApp />, root);
  expect(root.querySelector('h1')?.textContent).toBe('Dossier');
  expect(root.querySelector('p')?.textContent).toBeTruthy();
  render(null, root);
  expect(root.childElementCount).toBe(0);
});
