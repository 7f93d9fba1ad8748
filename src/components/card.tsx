import { useId, type ReactNode } from 'react';

/** A titled block: a region named by its heading. */
export function Card({
  title,
  level = 2,
  className,
  children,
}: {
  title: string;
  level?: 2 | 3;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={id} className={className ? `card ${className}` : 'card'}>
      <Heading id={id}>{title}</Heading>
      {children}
    </section>
  );
}
