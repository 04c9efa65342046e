/** @jsxImportSource react */
import type { ReactNode } from 'react';
import { useUnderscored } from '../kit/app';

/**
 * Instagram's markup as saved pages show it (REAL-MARKUP.md, Instagram): real `<button type="button">`s whose
 * text sits in a nested div, generated underscore classes that change, no aria-label and no test id.
 */
export function IgButton({ text, onPress, e2e }: { text: string; onPress(): void; e2e?: string }) {
  const [outer, inner] = [useUnderscored(5), useUnderscored(4)];
  return (
    <button type="button" className={outer} onClick={onPress} data-e2e={e2e}>
      <div className={inner}>{text}</div>
    </button>
  );
}

/** A profile link: the username, as Instagram's rows and headers show it. */
export function IgLink({ handle, children }: { handle: string; children?: ReactNode }) {
  const [link, text] = [useUnderscored(3), useUnderscored(2)];
  return (
    <a href={`/${handle}/`} className={link} role="link" tabIndex={0}>
      {children ?? <span className={text}>{handle}</span>}
    </a>
  );
}

/** Nesting, as every Instagram component has. */
export function Nest({ children, layers = 3 }: { children: ReactNode; layers?: number }) {
  const classes = [useUnderscored(), useUnderscored(), useUnderscored(), useUnderscored()];
  let node = children;
  for (let i = 0; i < Math.min(layers, classes.length); i += 1) node = <div className={classes[i]}>{node}</div>;
  return <>{node}</>;
}
