import { useId, useState, type ReactNode } from 'react';

/** A disclosure: a button that shows or hides what follows it (WAI-ARIA disclosure pattern). */
export function Expander({
  label,
  initiallyOpen = false,
  children,
}: {
  label: string;
  initiallyOpen?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <div className="expander">
      <button
        type="button"
        className="btn btn-secondary expander-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      <div id={id} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
