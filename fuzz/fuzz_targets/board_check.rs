//! What the `obf` and `obz` fuzz targets check of every board they accept, shared by
//! both (`#[path]` module, not a target of its own).

use pictokit_transfer::obf::{self, Board, Map, Value};

/// What every accepted board holds to.
pub fn check(board: &Board) {
    assert!(board.rows <= obf::MAX_ROWS && board.columns <= obf::MAX_COLUMNS);
    assert_eq!(board.order.len(), usize::from(board.rows));
    assert!(board.buttons.len() <= obf::MAX_BUTTONS);
    for row in &board.order {
        assert_eq!(row.len(), usize::from(board.columns));
        for id in row.iter().flatten() {
            assert!(board.buttons.iter().any(|button| &button.id == id));
        }
    }
    for image in &board.images {
        if let Some(bytes) = &image.bytes {
            assert!(pictokit_transfer::sniff::image_type(bytes).is_some());
            assert!(bytes.len() <= obf::MAX_IMAGE_BYTES);
        }
    }
    for sound in &board.sounds {
        if let Some(bytes) = &sound.bytes {
            assert!(pictokit_transfer::sniff::audio_type(bytes).is_some());
        }
    }
}

/// The same board. Numbers in `ext` fields may differ in their last digit: serde_json,
/// without its `float_roundtrip` feature, reads some decimals back one step off.
pub fn same_board(a: &Board, b: &Board) -> bool {
    fn plain(board: &Board) -> Board {
        let mut board = board.clone();
        board.ext.clear();
        board.grid_ext.clear();
        board.buttons.iter_mut().for_each(|x| x.ext.clear());
        board.images.iter_mut().for_each(|x| x.ext.clear());
        board.sounds.iter_mut().for_each(|x| x.ext.clear());
        board
    }
    plain(a) == plain(b)
        && same_map(&a.ext, &b.ext)
        && same_map(&a.grid_ext, &b.grid_ext)
        && a.buttons
            .iter()
            .zip(&b.buttons)
            .all(|(x, y)| same_map(&x.ext, &y.ext))
        && a.images
            .iter()
            .zip(&b.images)
            .all(|(x, y)| same_map(&x.ext, &y.ext))
        && a.sounds
            .iter()
            .zip(&b.sounds)
            .all(|(x, y)| same_map(&x.ext, &y.ext))
}

pub fn same_map(a: &Map<String, Value>, b: &Map<String, Value>) -> bool {
    a.len() == b.len()
        && a.iter()
            .all(|(key, x)| b.get(key).is_some_and(|y| same(x, y)))
}

pub fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x != y => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) if x.is_finite() && y.is_finite() => {
                (x - y).abs() <= 1e-12 * x.abs().max(y.abs())
            }
            _ => false,
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Object(x), Value::Object(y)) => same_map(x, y),
        _ => a == b,
    }
}
