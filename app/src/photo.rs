//! Turns a chosen photo into a small square JPEG for an avatar, through a canvas.
//!
//! The original never leaves the device and is not kept: only the 256×256 copy is stored.

use pictokit_domain::profile::ProfileProblem;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, File, HtmlCanvasElement, HtmlImageElement, Url};

/// The largest file accepted before downscaling.
pub const MAX_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;
/// The side of the stored square, in pixels.
pub const AVATAR_SIDE: u32 = 256;

/// A square, downscaled JPEG data URL of the photo, or why it cannot be used.
pub async fn avatar_from_file(file: &File) -> Result<String, ProfileProblem> {
    if !file.type_().starts_with("image/") {
        return Err(ProfileProblem::PhotoNotImage);
    }
    if file.size() > MAX_FILE_BYTES {
        return Err(ProfileProblem::PhotoTooLarge);
    }
    let url = Url::create_object_url_with_blob(file).map_err(|_| ProfileProblem::PhotoNotImage)?;
    let result = downscale(&url).await;
    let _ = Url::revoke_object_url(&url);
    result.map_err(|_| ProfileProblem::PhotoNotImage)
}

async fn downscale(url: &str) -> Result<String, JsValue> {
    let image = HtmlImageElement::new()?;
    image.set_src(url);
    JsFuture::from(image.decode()).await?;
    let (width, height) = (
        f64::from(image.natural_width()),
        f64::from(image.natural_height()),
    );
    if width < 1.0 || height < 1.0 {
        return Err(JsValue::from_str("empty image"));
    }
    let side = width.min(height);
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width(AVATAR_SIDE);
    canvas.set_height(AVATAR_SIDE);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d context"))?
        .dyn_into()?;
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, f64::from(AVATAR_SIDE), f64::from(AVATAR_SIDE));
    context.draw_image_with_html_image_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
        &image,
        (width - side) / 2.0,
        (height - side) / 2.0,
        side,
        side,
        0.0,
        0.0,
        f64::from(AVATAR_SIDE),
        f64::from(AVATAR_SIDE),
    )?;
    canvas.to_data_url_with_type_and_encoder_options("image/jpeg", &JsValue::from_f64(0.85))
}
