/**
 * Keeps the k smallest items of a stream in a bounded max-heap, so picking today's 20 new cards
 * out of 90,000 costs one comparison for most cards instead of sorting them all.
 */

export interface SmallestK<T> {
  /** Offers an item; it is kept only while it is among the k smallest seen so far. */
  offer(item: T): void;
  /** The kept items, smallest first. */
  sorted(): T[];
}

/**
 * A collector of the `k` smallest items by `compare` (negative when `a` comes first).
 *
 * @example
 * const firstTwo = smallestK(2, (a: number, b: number) => a - b);
 * [5, 1, 4, 2].forEach((n) => { firstTwo.offer(n); });
 * firstTwo.sorted(); // [1, 2]
 */
export function smallestK<T>(k: number, compare: (a: T, b: T) => number): SmallestK<T> {
  // heap[0] is the largest kept item: the one a smaller newcomer replaces.
  const heap: T[] = [];
  const limit = Math.max(0, Math.floor(k));

  const siftUp = (start: number): void => {
    let index = start;
    const item = heap[index] as T;
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = heap[parentIndex] as T;
      if (compare(item, parent) <= 0) break;
      heap[index] = parent;
      index = parentIndex;
    }
    heap[index] = item;
  };

  const siftDown = (): void => {
    let index = 0;
    const item = heap[0] as T;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const larger =
        right < heap.length && compare(heap[right] as T, heap[left] as T) > 0 ? right : left;
      if (compare(heap[larger] as T, item) <= 0) break;
      heap[index] = heap[larger] as T;
      index = larger;
    }
    heap[index] = item;
  };

  return {
    offer(item) {
      if (heap.length < limit) {
        heap.push(item);
        siftUp(heap.length - 1);
      } else if (limit > 0 && compare(item, heap[0] as T) < 0) {
        heap[0] = item;
        siftDown();
      }
    },
    sorted() {
      return heap.slice().sort(compare);
    },
  };
}
