//! Switch access in the browser, for a profile that scans (issue #25): the pure scanner of
//! `pictokit_domain::scanning` behind a small wasm-bindgen class. `public/scan-layer.js`
//! loads this module only when a person who uses switches, keys or dwell opens person mode,
//! so the first screen carries none of it; the layer reads the screen's buttons, feeds
//! their boxes, the switches, the pointer and the clock in, and draws what this says.
//!
//! Every number in and out is plain (milliseconds as `f64`, items as indices, `-1` for
//! none), so the layer needs no glue beyond the class.

use pictokit_domain::scanning::{
    reading_order, Access, Direction, Highlight, Place, Scanner, StoredAccess, Switch,
};
use wasm_bindgen::prelude::*;

fn main() {}

fn ms(now: f64) -> u64 {
    if now.is_finite() && now > 0.0 {
        now as u64
    } else {
        0
    }
}

fn item(chosen: Option<usize>) -> i32 {
    chosen.and_then(|i| i32::try_from(i).ok()).unwrap_or(-1)
}

fn switch(code: u8) -> Switch {
    if code == 1 {
        Switch::Move
    } else {
        Switch::Select
    }
}

/// The scanner of one person screen.
#[wasm_bindgen]
pub struct ScanEngine {
    scanner: Scanner,
}

#[wasm_bindgen]
impl ScanEngine {
    /// A scanner with the profile's access settings (JSON, read leniently: anything unknown
    /// or out of range becomes the usual or nearest value) over items in the visual `rows`.
    #[wasm_bindgen(constructor)]
    pub fn new(access_json: &str, rows: &[u32], now: f64) -> ScanEngine {
        let stored: StoredAccess = serde_json::from_str(access_json).unwrap_or_default();
        let access: Access = stored.read();
        ScanEngine {
            scanner: Scanner::new(access, rows, ms(now)),
        }
    }

    /// The screen changed: its items, in reading order, in these rows.
    #[wasm_bindgen(js_name = setItems)]
    pub fn set_items(&mut self, rows: &[u32], now: f64) {
        self.scanner.set_items(rows, ms(now));
    }

    /// What is highlighted: `[first, count]`, or empty for nothing.
    pub fn highlight(&self) -> Vec<u32> {
        match self.scanner.highlight() {
            Highlight::Nothing => Vec::new(),
            Highlight::Items(span) => vec![
                u32::try_from(span.start).unwrap_or(u32::MAX),
                u32::try_from(span.len()).unwrap_or(0),
            ],
        }
    }

    /// A switch went down (0: select, 1: move); the item chosen, or -1.
    pub fn press(&mut self, code: u8, now: f64) -> i32 {
        item(self.scanner.press(switch(code), ms(now)))
    }

    /// A switch came up; the item chosen (a press held long enough), or -1.
    pub fn release(&mut self, code: u8, now: f64) -> i32 {
        item(self.scanner.release(switch(code), ms(now)))
    }

    /// Time passed; the item chosen (dwell, a held press), or -1.
    pub fn tick(&mut self, now: f64) -> i32 {
        item(self.scanner.tick(ms(now)))
    }

    /// A directional key: 0 up, 1 down, 2 left, 3 right.
    pub fn direction(&mut self, code: u8, now: f64) {
        let direction = match code {
            0 => Direction::Up,
            1 => Direction::Down,
            2 => Direction::Left,
            _ => Direction::Right,
        };
        self.scanner.direction(direction, ms(now));
    }

    /// The pointer rests on `item` (-1: on none); the item chosen by dwell, or -1.
    pub fn point(&mut self, item_index: i32, now: f64) -> i32 {
        let on = usize::try_from(item_index).ok();
        item(self.scanner.point(on, ms(now)))
    }

    /// How far the dwell ring is filled, 0 to 1.
    #[wasm_bindgen(js_name = dwellProgress)]
    pub fn dwell_progress(&self, now: f64) -> f64 {
        self.scanner.dwell_progress(ms(now))
    }

    /// When something changes by itself next (ms), or -1.
    #[wasm_bindgen(js_name = nextChange)]
    pub fn next_change(&self) -> f64 {
        self.scanner.next_change_ms().map_or(-1.0, |at| at as f64)
    }

    /// Whether scanning waits for a press to start.
    pub fn waiting(&self) -> bool {
        self.scanner.waiting()
    }

    /// The keys of switch 1 or (any other number) switch 2, as the settings were read:
    /// `KeyboardEvent.key` values, single characters in lower case.
    #[wasm_bindgen(js_name = switchKeys)]
    pub fn switch_keys(&self, switch_number: u8) -> Vec<String> {
        let access = self.scanner.access();
        if switch_number == 1 {
            access.switch_1_keys.clone()
        } else {
            access.switch_2_keys.clone()
        }
    }
}

/// The scanning order of a screen's items from their boxes (`[left, top, width, height]`
/// for each, flattened): `[item, row, item, row, …]` in the order scanning walks them.
#[wasm_bindgen(js_name = readingOrder)]
pub fn reading_order_of(boxes: &[f64]) -> Vec<u32> {
    let places: Vec<Place> = boxes
        .chunks_exact(4)
        .map(|b| Place {
            left: b[0],
            top: b[1],
            width: b[2],
            height: b[3],
        })
        .collect();
    reading_order(&places)
        .into_iter()
        .flat_map(|(index, row)| [u32::try_from(index).unwrap_or(u32::MAX), row])
        .collect()
}
