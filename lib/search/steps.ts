// Long computations written as generators that yield now and then, so the same code can
// run at once (a small library, a script) or in slices between requests (the server
// rebuilding a large library's index while it keeps answering from the old one).

export type Steps<T> = Generator<void, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs `steps` in slices of about `sliceMs`, letting the event loop in between. */
export function runStepsSliced<T>(steps: Steps<T>, sliceMs = 20): Promise<T> {
  return new Promise((resolve, reject) => {
    const slice = () => {
      try {
        const until = performance.now() + sliceMs;
        for (;;) {
          const next = steps.next();
          if (next.done) return resolve(next.value);
          if (performance.now() >= until) return void setImmediate(slice);
        }
      } catch (error) {
        reject(error);
      }
    };
    setImmediate(slice);
  });
}

/** A counter that says when a loop has done `every` more iterations (time to yield). */
export function every(n: number): () => boolean {
  let i = 0;
  return () => ++i % n === 0;
}
