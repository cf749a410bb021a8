// Counts the components React renders in each commit, through the hook React DevTools uses.
// Import this module before anything that loads react-dom: react-dom looks for the hook once,
// when it loads.

interface Fiber {
  readonly tag: number;
  readonly flags: number;
  readonly type: unknown;
  readonly child: Fiber | null;
  readonly sibling: Fiber | null;
  readonly alternate: Fiber | null;
}

// React's fiber tags of components that run user code, and its "performed work" flag.
const FUNCTION = 0;
const CLASS = 1;
const FORWARD_REF = 11;
const SIMPLE_MEMO = 15;
const COMPONENT_TAGS = new Set([FUNCTION, CLASS, FORWARD_REF, SIMPLE_MEMO]);
const PERFORMED_WORK = 1;

function nameOf(fiber: Fiber): string {
  const type = fiber.type as { displayName?: string; name?: string; render?: { name?: string } };
  return type?.displayName ?? type?.name ?? type?.render?.name ?? 'anonymous';
}

/**
 * The components rendered in the commit whose tree is `fiber`'s children. A subtree React
 * skipped keeps its old child fibers (the new fiber's child is its alternate's child), so it
 * is not walked: its flags are from an earlier commit.
 */
function collect(fiber: Fiber, out: string[]): void {
  if (fiber.alternate !== null && fiber.child === fiber.alternate.child) return;
  for (let c = fiber.child; c !== null; c = c.sibling) {
    const rendered = c.alternate === null || (c.flags & PERFORMED_WORK) !== 0;
    if (COMPONENT_TAGS.has(c.tag) && rendered) out.push(nameOf(c));
    collect(c, out);
  }
}

let commits: string[][] = [];

const hook = {
  supportsFiber: true,
  renderers: new Map(),
  inject(renderer: unknown) {
    hook.renderers.set(1, renderer);
    return 1;
  },
  checkDCE() {},
  onScheduleFiberRoot() {},
  onCommitFiberRoot(_id: number, root: { current: Fiber }) {
    const out: string[] = [];
    collect(root.current, out);
    commits.push(out);
  },
  onCommitFiberUnmount() {},
  onPostCommitFiberRoot() {},
};
(globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = hook;

/** Forgets the commits so far. */
export function resetRenders(): void {
  commits = [];
}

/** The names of the components rendered in each commit since the last reset. */
export function renders(): readonly (readonly string[])[] {
  return commits;
}
