/**
 * What the worker functions (freshness-worker.ts, training-worker.ts) read of a service worker's
 * events. The project is type-checked with the DOM library, which has no FetchEvent or
 * ExtendableEvent; these hold the few members the handlers use, so a handler reading anything else
 * fails the type check instead of failing in the worker.
 */
export interface ExtendableEventLike {
  waitUntil(p: Promise<unknown>): void;
}

export interface FetchEventLike extends ExtendableEventLike {
  request: Request;
}

/** A page's postMessage: its data is whatever the page sent, so every field is checked before use. */
export interface MessageEventLike<Data> extends ExtendableEventLike {
  data: Partial<Data> | null | undefined;
  source: { postMessage(message: unknown): void } | null;
}
