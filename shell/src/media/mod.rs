//! Camera, microphone, sounds and network requests, through a small JS shim (`media.js`).
//!
//! Every failure comes back as a [`MediaError`] with a Fluent message id, so the
//! facilitator reads what happened and what to do in their language.

pub mod scanner;

use js_sys::{Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlVideoElement;

#[wasm_bindgen(module = "/src/media/media.js")]
extern "C" {
    #[wasm_bindgen(js_name = startCamera)]
    fn js_start_camera(video: &HtmlVideoElement) -> Promise;
    #[wasm_bindgen(js_name = stopCamera)]
    fn js_stop_camera(video: Option<HtmlVideoElement>);
    #[wasm_bindgen(js_name = captureSquare, catch)]
    fn js_capture_square(video: &HtmlVideoElement, side: u32) -> Result<String, JsValue>;
    #[wasm_bindgen(js_name = boardCard)]
    fn js_board_card(picture: &str, label: &str, background: &str, side: u32) -> Promise;
    #[wasm_bindgen(js_name = frameLuma)]
    fn js_frame_luma(video: &HtmlVideoElement, max_side: u32) -> JsValue;
    #[wasm_bindgen(js_name = recordingType)]
    fn js_recording_type() -> String;
    #[wasm_bindgen(js_name = cameraPresence)]
    fn js_camera_presence() -> Promise;
    #[wasm_bindgen(js_name = startRecording)]
    fn js_start_recording() -> Promise;
    #[wasm_bindgen(js_name = stopRecording)]
    fn js_stop_recording() -> Promise;
    #[wasm_bindgen(js_name = cancelRecording)]
    fn js_cancel_recording();
    #[wasm_bindgen(js_name = playSound)]
    fn js_play_sound(url: &str) -> Promise;
    #[wasm_bindgen(js_name = fetchText)]
    fn js_fetch_text(url: &str, timeout_ms: u32) -> Promise;
    #[wasm_bindgen(js_name = fetchOwnText)]
    fn js_fetch_own_text(url: &str, timeout_ms: u32) -> Promise;
    #[wasm_bindgen(js_name = fetchPicture)]
    fn js_fetch_picture(url: &str, timeout_ms: u32, max_bytes: u32) -> Promise;
}

/// What went wrong with the camera, the microphone or the network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaError {
    /// The person or the browser said no.
    Denied,
    /// The device or the browser has no such thing.
    Unavailable,
    /// The server has nothing for this request.
    NotFound,
    /// The server took too long.
    Timeout,
    /// The server answered with an error.
    Http,
    /// No connection.
    Network,
    /// The answer was not what was expected.
    Malformed,
}

impl MediaError {
    fn from_js(error: &JsValue) -> MediaError {
        let kind = Reflect::get(error, &JsValue::from_str("kind"))
            .ok()
            .and_then(|kind| kind.as_string());
        match kind.as_deref() {
            Some("denied") => MediaError::Denied,
            Some("not-found") => MediaError::NotFound,
            Some("timeout") => MediaError::Timeout,
            Some("http") => MediaError::Http,
            Some("network") => MediaError::Network,
            Some("type") => MediaError::Malformed,
            _ => MediaError::Unavailable,
        }
    }
}

async fn settle(promise: Promise) -> Result<JsValue, MediaError> {
    JsFuture::from(promise)
        .await
        .map_err(|error| MediaError::from_js(&error))
}

fn text(value: JsValue) -> Result<String, MediaError> {
    value.as_string().ok_or(MediaError::Malformed)
}

/// Shows the camera's picture in the video element.
pub async fn start_camera(video: &HtmlVideoElement) -> Result<(), MediaError> {
    settle(js_start_camera(video)).await.map(|_| ())
}

/// Turns the camera off.
pub fn stop_camera(video: Option<HtmlVideoElement>) {
    js_stop_camera(video);
}

/// The centre square of the camera's picture as a JPEG data URL of `side` pixels.
pub fn capture_square(video: &HtmlVideoElement, side: u32) -> Result<String, MediaError> {
    js_capture_square(video, side).map_err(|error| MediaError::from_js(&error))
}

/// A square PNG card of a board's button as a data URL: the picture on its colour, or the
/// label written on it when there is no picture.
pub async fn board_card(
    picture: &str,
    label: &str,
    background: &str,
    side: u32,
) -> Result<String, MediaError> {
    text(settle(js_board_card(picture, label, background, side)).await?)
}

/// The camera's picture now in grey, at most `max_side` pixels wide or high:
/// (width, height, one byte per pixel); `None` before the first frame.
pub fn frame_luma(video: &HtmlVideoElement, max_side: u32) -> Option<(usize, usize, Vec<u8>)> {
    let frame = js_frame_luma(video, max_side);
    if frame.is_null() || frame.is_undefined() {
        return None;
    }
    let number = |key: &str| {
        Reflect::get(&frame, &JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_f64())
            .map(|v| v as usize)
    };
    let data = Reflect::get(&frame, &JsValue::from_str("data")).ok()?;
    let data = js_sys::Uint8Array::new(&data).to_vec();
    Some((number("width")?, number("height")?, data))
}

/// Whether this browser can record sound in a format it can also play back.
pub fn can_record() -> bool {
    !js_recording_type().is_empty()
}

/// The name of the file format sound is recorded in here (one this browser also plays
/// back), as people know it: "WebM", "MP4", "Ogg"; `None` when it cannot record.
pub fn recording_format() -> Option<String> {
    let mime = js_recording_type();
    let container = mime.split(';').next()?.strip_prefix("audio/")?;
    Some(match container {
        "webm" => "WebM".to_owned(),
        "mp4" => "MP4".to_owned(),
        "ogg" => "Ogg".to_owned(),
        other => other.to_uppercase(),
    })
}

/// Whether the device has a camera (`None`: the browser would not say).
pub async fn has_camera() -> Option<bool> {
    match JsFuture::from(js_camera_presence())
        .await
        .ok()?
        .as_string()?
        .as_str()
    {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// Starts recording from the microphone.
pub async fn start_recording() -> Result<(), MediaError> {
    settle(js_start_recording()).await.map(|_| ())
}

/// Stops recording; the recording as a data URL.
pub async fn stop_recording() -> Result<String, MediaError> {
    text(settle(js_stop_recording()).await?)
}

/// Stops a recording without keeping it.
pub fn cancel_recording() {
    js_cancel_recording();
}

/// Plays a recording (a data URL); a new one stops the one before.
pub fn play_sound(url: &str) {
    let promise = js_play_sound(url);
    wasm_bindgen_futures::spawn_local(async move {
        let _ = JsFuture::from(promise).await;
    });
}

/// GETs a URL as text.
pub async fn fetch_text(url: &str, timeout_ms: u32) -> Result<String, MediaError> {
    text(settle(js_fetch_text(url, timeout_ms)).await?)
}

/// GETs a file of this build (same origin) as text, revalidated with the server when the
/// service worker does not answer it.
pub async fn fetch_own_text(url: &str, timeout_ms: u32) -> Result<String, MediaError> {
    text(settle(js_fetch_own_text(url, timeout_ms)).await?)
}

/// GETs a picture (PNG, JPEG or WebP of at most `max_bytes`) as a data URL.
pub async fn fetch_picture(
    url: &str,
    timeout_ms: u32,
    max_bytes: u32,
) -> Result<String, MediaError> {
    text(settle(js_fetch_picture(url, timeout_ms, max_bytes)).await?)
}
