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
