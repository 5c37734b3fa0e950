//! Sorting through one shared, non-generic sort, to keep the web build small.
//!
//! Each `slice::sort*` call site compiles its own copy of the standard library's sort
//! (several kilobytes of WebAssembly each). These helpers instead sort the positions
//! `0..n` with one merge sort over `usize` and a `dyn` comparison, then move the items
//! into that order by swaps: O(n log n) comparisons and O(n) swaps, stable (items that
//! compare equal keep their order), and only a few small closures are generic.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, stably, like `slice::sort_by`.
///
/// ```
/// use blotter::extract::order::sort_by;
/// let mut words = vec!["pear", "fig", "kiwi", "yam"];
/// sort_by(&mut words, |a, b| a.len().cmp(&b.len()));
/// assert_eq!(words, ["fig", "yam", "pear", "kiwi"]);
/// ```
pub fn sort_by<T>(items: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    {
        let items = &*items;
        sort_positions(&mut order, &mut |a, b| match (items.get(a), items.get(b)) {
            (Some(x), Some(y)) => cmp(x, y),
            _ => Ordering::Equal,
        });
    }
    let n = items.len();
    permute(&mut order, &mut |a, b| {
        if a < n && b < n {
            items.swap(a, b);
        }
    });
}

/// Sorts `items` by a key, stably, like `slice::sort_by_key`.
///
/// ```
/// use blotter::extract::order::sort_by_key;
/// let mut spans = vec![(7, 9), (2, 4), (7, 8)];
/// sort_by_key(&mut spans, |s| s.0);
/// assert_eq!(spans, [(2, 4), (7, 9), (7, 8)]);
/// ```
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in ascending order, like `slice::sort` (and, since equal items are
/// indistinguishable under a total order, like `slice::sort_unstable`).
///
/// ```
/// use blotter::extract::order::sort;
/// let mut n = vec![3, 1, 2, 1];
/// sort(&mut n);
/// assert_eq!(n, [1, 1, 2, 3]);
/// ```
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Sorts positions by `cmp`, stably: a bottom-up merge sort, with runs of up to
/// `RUN` positions first sorted by insertion.
fn sort_positions(order: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    const RUN: usize = 8;
    let n = order.len();
    for run in order.chunks_mut(RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 && cmp(run[j - 1], run[j]) == Ordering::Greater {
                run.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut buf = vec![0usize; n];
    let mut width = RUN;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            merge(order, &mut buf, start, mid, end, cmp);
            start = end;
        }
        width *= 2;
    }
}

/// Merges the sorted runs `order[start..mid]` and `order[mid..end]` through `buf`, taking
/// from the left run on ties so the sort stays stable.
fn merge(
    order: &mut [usize],
    buf: &mut [usize],
    start: usize,
    mid: usize,
    end: usize,
    cmp: &mut dyn FnMut(usize, usize) -> Ordering,
) {
    let (Some(left), Some(right), Some(out)) = (
        order.get(start..mid),
        order.get(mid..end),
        buf.get_mut(start..end),
    ) else {
        return;
    };
    let (mut i, mut j) = (0, 0);
    for slot in out.iter_mut() {
        let take_left = match (left.get(i), right.get(j)) {
            (Some(&a), Some(&b)) => cmp(a, b) != Ordering::Greater,
            (Some(_), None) => true,
            _ => false,
        };
        if take_left {
            *slot = left.get(i).copied().unwrap_or_default();
            i += 1;
        } else {
            *slot = right.get(j).copied().unwrap_or_default();
            j += 1;
        }
    }
    if let (Some(dst), Some(src)) = (order.get_mut(start..end), buf.get(start..end)) {
        dst.copy_from_slice(src);
    }
}

/// Moves items so that position `i` holds the item that was at `order[i]`, by following
/// each cycle of the permutation with `swap`. Leaves `order` as the identity.
fn permute(order: &mut [usize], swap: &mut dyn FnMut(usize, usize)) {
    for i in 0..order.len() {
        let mut j = i;
        while let Some(slot) = order.get_mut(j) {
            let k = std::mem::replace(slot, j);
            if k == i || k == j {
                break;
            }
            swap(j, k);
            j = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each case: items as (key, tag) pairs; sorting by key must match the standard
    /// library's stable sort, ties and all.
    #[test]
    fn sort_by_key_matches_the_standard_stable_sort() {
        let cases: &[&[(u8, u8)]] = &[
            &[],
            &[(1, 0)],
            &[(2, 0), (1, 1)],
            &[(3, 0), (1, 1), (3, 2), (1, 3), (2, 4)],
            &[
                (5, 0),
                (5, 1),
                (5, 2),
                (5, 3),
                (5, 4),
                (5, 5),
                (5, 6),
                (5, 7),
                (5, 8),
            ],
            &[
                (9, 0),
                (8, 1),
                (7, 2),
                (6, 3),
                (5, 4),
                (4, 5),
                (3, 6),
                (2, 7),
                (1, 8),
                (0, 9),
                (9, 10),
                (1, 11),
                (8, 12),
                (2, 13),
                (7, 14),
                (3, 15),
                (6, 16),
                (4, 17),
                (5, 18),
                (0, 19),
            ],
        ];
        for case in cases {
            let mut ours = case.to_vec();
            sort_by_key(&mut ours, |p| p.0);
            let mut std_sorted = case.to_vec();
            std_sorted.sort_by_key(|p| p.0);
            assert_eq!(ours, std_sorted, "{case:?}");
        }
    }

    /// Longer inputs, generated by a fixed linear congruential sequence, through several
    /// merge passes, against the standard library.
    #[test]
    fn long_inputs_match_the_standard_sort() {
        for (len, modulus) in [(17, 5), (64, 1000), (100, 3), (1000, 37), (4097, 100_000)] {
            let mut x: u64 = 12345;
            let items: Vec<(u64, usize)> = (0..len)
                .map(|i| {
                    x = x
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((x >> 33) % modulus, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std_sorted = items.clone();
            std_sorted.sort_by_key(|p| p.0);
            assert_eq!(ours, std_sorted, "len {len}");
            let mut ours = items.clone();
            sort(&mut ours);
            let mut std_sorted = items;
            std_sorted.sort_unstable();
            assert_eq!(ours, std_sorted, "len {len}");
        }
    }

    /// A comparison that is not a total order (it says every pair is unordered one way
    /// and the other) must not panic or lose items.
    #[test]
    fn an_inconsistent_comparison_keeps_every_item() {
        let mut items: Vec<u32> = (0..50).rev().collect();
        let mut flip = false;
        sort_by(&mut items, |_, _| {
            flip = !flip;
            if flip {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        });
        let mut seen = items.clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..50).collect::<Vec<u32>>());
    }
}
