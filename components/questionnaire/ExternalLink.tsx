import type { ReactNode } from "react";

/** A link to another site, opened in a new tab, saying so to screen-reader users. */
export function ExternalLink({
  href,
  children,
  newTab,
  className,
}: {
  href: string;
  children: ReactNode;
  newTab: string;
  className?: string;
}) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="visually-hidden"> ({newTab})</span>
    </a>
  );
}
