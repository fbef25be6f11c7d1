/**
 * An ordered collection of records keyed by an immutable creation sequence
 * number (`seq`). Records are appended in increasing `seq`, so the array stays
 * sorted and a cursor position is found by binary search: items created
 * while a client pages never shift the older ones. Internal to the fake server.
 */

/** Anything with a creation sequence number. */
export interface Sequenced {
  readonly seq: number;
}

/** Records sorted by `seq`, ascending. */
export class SeqList<T extends Sequenced> {
  /** The records, ascending by `seq`. Read-only for callers. */
  readonly items: T[] = [];

  /** Appends a record; its `seq` must be larger than every other. */
  push(item: T): void {
    const last = this.items[this.items.length - 1];
    if (last && last.seq >= item.seq) throw new Error("SeqList: records must be appended in seq order");
    this.items.push(item);
  }

  /** Removes the record with this `seq`, if present. */
  remove(seq: number): void {
    const i = this.indexOf(seq);
    if (i >= 0) this.items.splice(i, 1);
  }

  /** Index of the first record with `seq` greater than the given one. */
  firstAfter(seq: number): number {
    return firstAfter(this.items, seq);
  }

  /** Index of the record with this `seq`, or -1. */
  indexOf(seq: number): number {
    const i = this.firstAfter(seq) - 1;
    return i >= 0 && this.items[i]!.seq === seq ? i : -1;
  }

  /** Number of records. */
  get size(): number {
    return this.items.length;
  }
}

/** Index of the first item of a `seq`-sorted array whose `seq` is greater than the given one. */
export function firstAfter(items: readonly Sequenced[], seq: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.seq <= seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
