//! Stable sorts that share one instance of std's sort, for the size of the web build.
//!
//! `slice::sort_by` is generic over the item and the comparison, so every call with its
//! own closure or item type adds a copy of std's sort (about 4 KB of wasm each; thirty
//! call sites made it the largest generic cost of the page). These functions sort the
//! positions `0..n` with std's stable `sort_by` behind a `&dyn` comparison, so that sort
//! exists once, and then move the items into that order with swaps. The result is the
//! one std's stable sort gives: a stable sort by a total order has a single answer.
//!
//! ```
//! use blotter::extract::sorting;
//! let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd')];
//! sorting::sort_by_key(&mut v, |p| p.0);
//! assert_eq!(v, [(0, 'd'), (1, 'b'), (2, 'a'), (2, 'c')]);
//! ```

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`, as `items.sort_by(compare)` does.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    arrange(order, &mut |a, b| items.swap(a, b));
}

/// Sorts `items` stably by the key `key` gives, as `items.sort_by_key(key)` does.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their own order, as `items.sort()` does.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The positions `0..n`, stably sorted by `compare` of the items at two positions.
fn sorted_positions(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Calls `swap` with pairs of positions so that the item first at `order[k]` ends at `k`,
/// for every `k`: at most one swap a position, in linear time.
fn arrange(order: Vec<usize>, swap: &mut dyn FnMut(usize, usize)) {
    // `first[p]`: where the item now at position `p` started; `now[i]`: where the item
    // that started at `i` is now.
    let mut first: Vec<usize> = (0..order.len()).collect();
    let mut now = first.clone();
    for (k, &wanted) in order.iter().enumerate() {
        let p = now[wanted];
        if p != k {
            swap(k, p);
            let displaced = first[k];
            first[k] = wanted;
            first[p] = displaced;
            now[wanted] = k;
            now[displaced] = p;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small random generator, so the test needs no crate and repeats exactly.
    fn numbers(seed: u64, n: usize, range: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (x >> 33) % range
            })
            .collect()
    }

    #[test]
    fn agrees_with_std_stable_sort_on_keys_with_ties() {
        for (seed, n) in [(1, 0), (2, 1), (3, 2), (4, 17), (5, 100), (6, 1000)] {
            // Pairs of (key, original position): ties in the key show stability.
            let items: Vec<(u64, usize)> = numbers(seed, n, 7).into_iter().zip(0..).collect();
            let mut ours = items.clone();
            let mut std = items.clone();
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "seed {seed}, {n} items");
        }
    }

    #[test]
    fn sort_and_sort_by_match_std() {
        let mut words = vec!["pear", "fig", "apple", "fig", "date"];
        sort(&mut words);
        assert_eq!(words, ["apple", "date", "fig", "fig", "pear"]);
        let mut values = vec![2.5, -1.0, 0.0, 7.25];
        sort_by(&mut values, |a: &f64, b| b.total_cmp(a));
        assert_eq!(values, [7.25, 2.5, 0.0, -1.0]);
    }
}
