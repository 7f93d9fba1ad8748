/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render as plainRender, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from './i18n-context';
import { loadLanguage } from '../i18n/messages';
import { useEffect, useState } from 'react';
import { ActionBar, type Done } from './action-bar';
import { Tabs } from './tabs';
import { Expander } from './expander';

afterEach(cleanup);
await loadLanguage('en');
const render = (ui: ReactElement) => plainRender(<I18nProvider initial="en">{ui}</I18nProvider>);

function NameForm({ done }: { done: Done }) {
  const [name, setName] = useState('');
  return (
    <form
      aria-label="Name form"
      onSubmit={(e) => {
        e.preventDefault();
        done(`Saved ${name}`);
      }}
    >
      <label>
        Name <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="submit">Save</button>
    </form>
  );
}

const bar = () =>
  render(
    <ActionBar
      label="Actions"
      actions={[
        { id: 'a', label: 'Add a name', form: (done) => <NameForm done={done} /> },
        { id: 'b', label: 'Other', form: () => <p>Other form</p> },
      ]}
    />,
  );

describe('action bar', () => {
  it('opens nothing until asked, then moves focus into the form that opens', () => {
    bar();
    expect(screen.queryByRole('form', { name: 'Name form' })).toBeNull();
    const button = screen.getByRole('button', { name: 'Add a name' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
  });

  it('closes on Escape and gives focus back to its button', () => {
    bar();
    const button = screen.getByRole('button', { name: 'Add a name' });
    fireEvent.click(button);
    fireEvent.keyDown(screen.getByLabelText('Name'), { key: 'Escape' });
    expect(screen.queryByRole('form', { name: 'Name form' })).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('closes on Escape also when focus fell back to the page', () => {
    bar();
    fireEvent.click(screen.getByRole('button', { name: 'Add a name' }));
    (document.activeElement as HTMLElement).blur();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByRole('form', { name: 'Name form' })).toBeNull();
  });

  it('closes on success with a status message, focus back on the button', () => {
    bar();
    const button = screen.getByRole('button', { name: 'Add a name' });
    fireEvent.click(button);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Hélène' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('form', { name: 'Name form' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Saved Hélène');
    expect(document.activeElement).toBe(button);
  });

  it('closes with its Cancel button, saying nothing', () => {
    bar();
    const button = screen.getByRole('button', { name: 'Add a name' });
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: 'Name form' })).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('moves focus to the first field of a form that is still loading, once it is there', async () => {
    function LateForm() {
      const [ready, setReady] = useState(false);
      useEffect(() => {
        const timer = setTimeout(() => setReady(true), 10);
        return () => clearTimeout(timer);
      }, []);
      return ready ? (
        <label>
          Late field <input />
        </label>
      ) : null;
    }
    render(
      <ActionBar
        label="Actions"
        actions={[{ id: 'late', label: 'Late', form: () => <LateForm /> }]}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Late' }));
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Late' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Late field')));
  });

  it('shows one form at a time', () => {
    bar();
    fireEvent.click(screen.getByRole('button', { name: 'Add a name' }));
    fireEvent.click(screen.getByRole('button', { name: 'Other' }));
    expect(screen.queryByRole('form', { name: 'Name form' })).toBeNull();
    expect(screen.getByText('Other form')).toBeTruthy();
  });
});

function TabsHarness() {
  const [selected, setSelected] = useState('one');
  return (
    <Tabs
      label="Details"
      selected={selected}
      onSelect={setSelected}
      tabs={[
        { id: 'one', label: 'One', content: <p>First</p> },
        { id: 'two', label: 'Two', content: <p>Second</p> },
        { id: 'three', label: 'Three', content: <p>Third</p> },
      ]}
    />
  );
}

describe('tabs', () => {
  it('follows the ARIA tabs pattern: one tab stop, arrows, Home and End select', () => {
    render(<TabsHarness />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    expect(screen.getByRole('tabpanel').textContent).toBe('First');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Two');
    expect(document.activeElement).toBe(tabs[1]);
    fireEvent.keyDown(tabs[1]!, { key: 'End' });
    expect(screen.getByRole('tabpanel').textContent).toBe('Third');
    fireEvent.keyDown(tabs[2]!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('One');
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Three');
    fireEvent.keyDown(tabs[2]!, { key: 'Home' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('One');
  });
});

describe('expander', () => {
  it('shows and hides its content, saying so with aria-expanded', () => {
    render(
      <Expander label="More actions">
        <p>Hidden part</p>
      </Expander>,
    );
    const button = screen.getByRole('button', { name: 'More actions' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Hidden part').closest('[hidden]')).not.toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Hidden part').closest('[hidden]')).toBeNull();
  });
});
