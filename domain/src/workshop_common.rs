//! What the choice board ([`crate::choice`]) and the sorting mat ([`crate::sorting`])
//! share beyond reading their records ([`crate::lenient`]): both are a titled set of
//! labelled things (a board's options, a mat's cards), checked the same way and in the
//! same order; each names what is found in its own terms.

use crate::questionnaire::is_id;
use std::collections::BTreeSet;
use std::ops::RangeInclusive;

/// The checks of a set's own fields, in this order: its id, its title (missing or longer
/// than `max_title_chars`), its number of things (outside `n_range`). `problems` names what
/// is found in the set's own terms: `[bad id, no title, title too long, too few, too many]`.
pub(crate) fn check_set<P>(
    id: &str,
    title: &str,
    max_title_chars: usize,
    n_things: usize,
    n_range: RangeInclusive<usize>,
    problems: [P; 5],
) -> Vec<P> {
    let [bad_id, no_title, title_too_long, too_few, too_many] = problems;
    let mut found = Vec::new();
    if !is_id(id) {
        found.push(bad_id);
    }
    if title.trim().is_empty() {
        found.push(no_title);
    } else if title.chars().count() > max_title_chars {
        found.push(title_too_long);
    }
    if n_things < *n_range.start() {
        found.push(too_few);
    } else if n_things > *n_range.end() {
        found.push(too_many);
    }
    found
}

/// The checks of a set's labelled things, one after the other: a bad or repeated id, a
/// missing label or one longer than `max_label_chars`, then what `more` finds.
/// `problems` names what is found, by the thing's id, in the set's own terms:
/// `[bad id, repeated id, no label, label too long]`.
pub(crate) fn check_things<T, P>(
    things: &[T],
    id_and_label: impl Fn(&T) -> (&str, &str),
    max_label_chars: usize,
    problems: [fn(String) -> P; 4],
    more: impl Fn(&T) -> Option<P>,
) -> Vec<P> {
    let [bad_id, repeated_id, no_label, label_too_long] = problems;
    let mut found = Vec::new();
    let mut seen = BTreeSet::new();
    for thing in things {
        let (id, label) = id_and_label(thing);
        if !is_id(id) {
            found.push(bad_id(id.to_owned()));
        } else if !seen.insert(id) {
            found.push(repeated_id(id.to_owned()));
        }
        if label.trim().is_empty() {
            found.push(no_label(id.to_owned()));
        } else if label.chars().count() > max_label_chars {
            found.push(label_too_long(id.to_owned()));
        }
        found.extend(more(thing));
    }
    found
}
