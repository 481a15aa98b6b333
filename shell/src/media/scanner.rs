//! The camera looking for a QR code, for every screen that reads one (a person's settings
//! in the files component, a code to join a team in the profiles component): the camera
//! started into a `<video>` the screen draws, a frame looked at four times a second, the
//! camera stopped once a code is read, on request, or when the screen goes.

use super::{frame_luma, start_camera, stop_camera, MediaError};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pictokit_kit::guarded;
use std::time::Duration;

/// How often a frame is looked at.
const SCAN_EVERY: Duration = Duration::from_millis(250);
/// The longer side of the grey frame searched, in pixels: enough for a version-15 code
/// filling a third of the picture.
const SCAN_SIDE: u32 = 960;

/// A screen's QR code reader: its `<video>` (`video`, drawn while `scanning`).
#[derive(Clone, Copy)]
pub struct QrScanner {
    /// The `<video>` the screen draws while scanning.
    pub video: NodeRef<leptos::html::Video>,
    /// Whether the camera is on (the screen shows the video and a way to stop).
    pub scanning: RwSignal<bool>,
    ticker: StoredValue<Option<IntervalHandle>>,
}

impl QrScanner {
    /// A reader for the screen being built; its camera stops when the screen goes.
    pub fn new() -> QrScanner {
        let scanner = QrScanner {
            video: NodeRef::new(),
            scanning: RwSignal::new(false),
            ticker: StoredValue::new(None),
        };
        on_cleanup(move || {
            if let Some(handle) = scanner.ticker.get_value() {
                handle.clear();
            }
            stop_camera(None);
        });
        scanner
    }

    /// Stops the camera.
    pub fn stop(self) {
        if let Some(handle) = self.ticker.get_value() {
            handle.clear();
        }
        self.ticker.set_value(None);
        stop_camera(self.video.get_untracked());
        self.scanning.set(false);
    }

    /// Starts the camera: `read` gets the text of the first code seen (the camera is off
    /// by then), `refused` why the camera could not start.
    pub fn start(self, read: Callback<String>, refused: Callback<MediaError>) {
        self.scanning.set(true);
        let look = move || {
            let Some(element) = self.video.get_untracked() else {
                return;
            };
            let Some((width, height, luma)) = frame_luma(&element, SCAN_SIDE) else {
                return;
            };
            // The reader can panic on a rare frame (rqrr#54): in a call of its own, that
            // frame is only skipped.
            let text =
                guarded(move || pictokit_transfer::qr::scan_luma(width, height, &luma)).flatten();
            if let Some(text) = text {
                self.stop();
                read.run(text);
            }
        };
        // The <video> is there once `scanning` has been drawn.
        request_animation_frame(move || {
            let Some(element) = self.video.get_untracked() else {
                return;
            };
            spawn_local(async move {
                match start_camera(&element).await {
                    Ok(()) if self.scanning.get_untracked() => {
                        if let Ok(handle) = set_interval_with_handle(look, SCAN_EVERY) {
                            self.ticker.set_value(Some(handle));
                        }
                    }
                    Ok(()) => stop_camera(Some(element)),
                    Err(error) => {
                        self.stop();
                        refused.run(error);
                    }
                }
            });
        });
    }
}

impl Default for QrScanner {
    fn default() -> Self {
        QrScanner::new()
    }
}
