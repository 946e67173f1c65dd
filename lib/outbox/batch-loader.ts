/**
 * Collects the keys asked for in one turn of the event loop and loads them with one call: the
 * sender renders a batch of messages side by side, and each would otherwise read its own record.
 * Answers undefined for a key the loader did not return.
 */
export function batchLoader<K, V>(load: (keys: K[]) => Promise<Map<K, V>>): (key: K) => Promise<V | undefined> {
  let pending: { keys: K[]; result: Promise<Map<K, V>> } | null = null;
  return (key) => {
    if (!pending) {
      const batch: { keys: K[]; result: Promise<Map<K, V>> } = { keys: [], result: Promise.resolve(new Map()) };
      batch.result = Promise.resolve().then(() => {
        pending = null;
        return load(batch.keys);
      });
      pending = batch;
    }
    pending.keys.push(key);
    return pending.result.then((values) => values.get(key));
  };
}

/**
 * Like batchLoader, but for keys that arrive one by one (each message as its send finishes):
 * the first key is processed at once, and every key that arrives while a call is in progress
 * waits for it and goes into the next call. One call at a time, and no waiting when idle.
 */
export function batchWhileBusy<K, V>(process: (keys: K[]) => Promise<Map<K, V>>): (key: K) => Promise<V | undefined> {
  let waiting: { key: K; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }[] = [];
  let busy = false;
  const drain = async () => {
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      try {
        const values = await process(batch.map((entry) => entry.key));
        for (const entry of batch) entry.resolve(values.get(entry.key));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    busy = false;
  };
  return (key) =>
    new Promise((resolve, reject) => {
      waiting.push({ key, resolve, reject });
      if (busy) return;
      busy = true;
      // A microtask later, so keys asked for in the same turn go into the first call together.
      queueMicrotask(() => void drain());
    });
}
