/**
 * A component that renders again only when one of its props changed (compared with `Object.is`), like React's
 * `memo`. Preact has it only in `preact/compat`, whose option hooks we do not want on every page for one function.
 * Context changes still reach the wrapped component: Preact re-renders a context's consumers directly.
 */
import { Component, h, type ComponentType, type FunctionComponent } from 'preact';

/** Whether two props objects differ in a key or a value. */
export function propsDiffer(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length !== Object.keys(y).length || keys.some((k) => !Object.hasOwn(y, k) || !Object.is(x[k], y[k]));
}

export function memo<P extends object>(render: FunctionComponent<P>): ComponentType<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return propsDiffer(this.props, next);
    }
    override render(props: P) {
      return h(render, props);
    }
  }
  return Memo;
}
