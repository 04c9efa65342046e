/** @jsxImportSource react */
import type { KeyboardEvent, ReactNode } from 'react';
import { useAtomic } from '../kit/app';

/**
 * Facebook's markup as saved pages show it (/work/shared/REAL-MARKUP.md, Facebook): atomic classes that change,
 * `role="none"` layers, the label both as aria-label and as nested span text, and every button rendered twice:
 * an aria-hidden, aria-disabled clone first, then the visible one.
 */

export interface FbButtonProps {
  /** The aria-label; absent for controls that have only their text (a feed header's Follow). */
  label?: string;
  /** The visible text in nested spans; absent for icon buttons. */
  text?: string;
  /** What the app does; a keyboard Enter or Space does it too, as on the live site. */
  onPress(): void;
  /** Where the tests find it (test only: the extension never reads data-e2e). */
  e2e?: string;
  /** An icon before the text (Add friend's person icon). */
  icon?: boolean;
  role?: 'button' | 'menuitem';
}

function Inner({ text, icon }: { text?: string; icon?: boolean }) {
  const [a, b, c, d, e, f] = [useAtomic(), useAtomic(4), useAtomic(3), useAtomic(5), useAtomic(3), useAtomic(2)];
  return (
    <div role="none" className={a}>
      <div className={b}>
        <div role="none" className={c}>
          {icon || !text ? (
            // An icon, as the live pages draw it (a sprite on an <i>): an icon-only button has only this to show.
            <i data-visualcompletion="css-img" className={f} style={{ display: 'inline-block', width: 20, height: 20 }} />
          ) : null}
          {text ? (
            <span className={d} dir="auto">
              <span className={e}>{text}</span>
            </span>
          ) : null}
        </div>
      </div>
      <div className={f} role="none" data-visualcompletion="ignore" style={{ inset: 0 }} />
    </div>
  );
}

/** The button and, before it, the measuring clone that a selector must neither bind to nor count. */
export function FbButton({ label, text, onPress, e2e, icon, role = 'button' }: FbButtonProps) {
  const [clone, outer, visible] = [useAtomic(3), useAtomic(8), useAtomic(8)];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onPress();
  };
  return (
    <>
      {role === 'button' ? (
        <div aria-hidden="true" className={clone}>
          <div aria-label={label} aria-disabled="true" className={outer} role="button" tabIndex={-1}>
            <Inner text={text} icon={icon} />
          </div>
        </div>
      ) : null}
      <div aria-label={label} className={visible} role={role} tabIndex={0} onClick={onPress} onKeyDown={onKeyDown} data-e2e={e2e}>
        <Inner text={text} icon={icon} />
      </div>
    </>
  );
}

/** A few `div`s deep, as every Facebook component is; some layers are `role="none"`. */
export function Deep({ children, layers = 3 }: { children: ReactNode; layers?: number }) {
  const classes = [useAtomic(), useAtomic(), useAtomic(), useAtomic(), useAtomic()];
  let node = children;
  for (let i = 0; i < Math.min(layers, classes.length); i += 1) {
    node = (
      <div className={classes[i]} {...(i % 2 ? { role: 'none' } : {})}>
        {node}
      </div>
    );
  }
  return <>{node}</>;
}

/** A profile link as Facebook renders it (the name in nested spans). */
export function ProfileLink({ href, name }: { href: string; name: string }) {
  const [a, b] = [useAtomic(6), useAtomic(3)];
  return (
    <a href={href} className={a} role="link" tabIndex={0}>
      <span className={b} dir="auto">
        {name}
      </span>
    </a>
  );
}
