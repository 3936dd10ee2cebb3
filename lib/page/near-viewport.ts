export interface NearViewportOptions<T> {
  /** The element whose position stands for the item's. */
  anchorOf(item: T): Element;
  /** The item came near the viewport (or was added while its anchor was near). */
  show(item: T): void;
  /** The item went away from the viewport. */
  hide(item: T): void;
  /** How far around the viewport counts as near, as a CSS margin. */
  margin: string;
  /** The realm to take IntersectionObserver from (a frame's own). */
  realm: typeof globalThis;
}

/**
 * Keeps only the items near the viewport shown. Chromium rebuilds the markers of every registered
 * highlight range whenever the page's DOM or styles change, so each page update costs in proportion to
 * the ranges registered: with a 1 MB page's 26,000 marks all registered, a page changing one text node
 * per frame dropped to ~6 frames a second (headless Chromium 156), and each slice of the first scan
 * was followed by a longer and longer frame. Registering only what is near the viewport keeps that
 * cost to a few screenfuls whatever the page's length.
 */
export class NearViewport<T> {
  readonly #items = new Map<Element, Set<T>>();
  readonly #anchors = new Map<T, Element>();
  readonly #near = new Set<Element>();
  readonly #observer: IntersectionObserver;

  readonly #options: NearViewportOptions<T>;

  constructor(options: NearViewportOptions<T>) {
    this.#options = options;
    this.#observer = new options.realm.IntersectionObserver((entries) => this.#update(entries), {
      rootMargin: options.margin,
    });
  }

  add(item: T): void {
    const anchor = this.#options.anchorOf(item);
    this.#anchors.set(item, anchor);
    let items = this.#items.get(anchor);
    if (!items) {
      items = new Set();
      this.#items.set(anchor, items);
      this.#observer.observe(anchor);
    }
    items.add(item);
    if (this.#near.has(anchor)) this.#options.show(item);
  }

  /** Forgets an item (the caller hides it). */
  delete(item: T): void {
    const anchor = this.#anchors.get(item);
    if (!anchor) return;
    this.#anchors.delete(item);
    const items = this.#items.get(anchor);
    items?.delete(item);
    if (items?.size !== 0) return;
    this.#items.delete(anchor);
    this.#near.delete(anchor);
    this.#observer.unobserve(anchor);
  }

  clear(): void {
    this.#observer.disconnect();
    this.#items.clear();
    this.#anchors.clear();
    this.#near.clear();
  }

  #update(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const items = this.#items.get(entry.target);
      if (!items) continue;
      const wasNear = this.#near.has(entry.target);
      if (entry.isIntersecting === wasNear) continue;
      if (entry.isIntersecting) this.#near.add(entry.target);
      else this.#near.delete(entry.target);
      for (const item of items) {
        if (entry.isIntersecting) this.#options.show(item);
        else this.#options.hide(item);
      }
    }
  }
}
