import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger';

const classes: Record<ButtonVariant, string> = {
  primary: 'btn',
  secondary: 'btn btn-secondary',
  danger: 'btn btn-danger',
};

/** A button of the design system: primary (the one main action), secondary, or danger. */
export function Button({
  variant = 'primary',
  className,
  type = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return (
    <button
      {...rest}
      type={type}
      className={className ? `${classes[variant]} ${className}` : classes[variant]}
    />
  );
}
