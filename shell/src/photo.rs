//! Turns a chosen photo into a small square JPEG (an avatar, or a picture of the person's
//! own things), through a canvas.
//!
//! The original never leaves the device and is not kept: only the 256×256 copy is stored.

use pictokit_domain::profile::ProfileProblem;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, File, HtmlCanvasElement, HtmlImageElement, Url};

/// The file just chosen in an `<input type="file">` change event, clearing the input so
/// the same file can be chosen again.
pub fn take_chosen_file(event: &web_sys::Event) -> Option<File> {
    let input = event
        .target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let file = input.files().and_then(|files| files.get(0))?;
    input.set_value("");
    Some(file)
}

/// The largest file accepted before downscaling.
pub const MAX_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;
/// The side of the stored square, in pixels.
pub const AVATAR_SIDE: u32 = 256;

/// A square, downscaled JPEG data URL of the photo, or why it cannot be used.
pub async fn avatar_from_file(file: &File) -> Result<String, ProfileProblem> {
    square_from_file(file, AVATAR_SIDE).await
}

/// The side of a photo kept as a pictogram, in pixels.
pub const PICTURE_SIDE: u32 = 512;

/// The centre square of an image file, downscaled to `side` pixels, as a JPEG data URL.
pub async fn square_from_file(file: &File, side: u32) -> Result<String, ProfileProblem> {
    fitted_from_file(file, side, side).await
}

/// The largest centre part of an image file with the shape `width` × `height`,
/// downscaled to that size, as a JPEG data URL (a banknote is about twice as wide as
/// it is high; a coin is square).
pub async fn fitted_from_file(
    file: &File,
    width: u32,
    height: u32,
) -> Result<String, ProfileProblem> {
    if !file.type_().starts_with("image/") {
        return Err(ProfileProblem::PhotoNotImage);
    }
    if file.size() > MAX_FILE_BYTES {
        return Err(ProfileProblem::PhotoTooLarge);
    }
    let url = Url::create_object_url_with_blob(file).map_err(|_| ProfileProblem::PhotoNotImage)?;
    let result = downscale(&url, width.max(1), height.max(1)).await;
    let _ = Url::revoke_object_url(&url);
    result.map_err(|_| ProfileProblem::PhotoNotImage)
}

async fn downscale(url: &str, target_width: u32, target_height: u32) -> Result<String, JsValue> {
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
    // The largest centre rectangle of the target's shape.
    let aspect = f64::from(target_width) / f64::from(target_height);
    let (crop_width, crop_height) = if width / height > aspect {
        (height * aspect, height)
    } else {
        (width, width / aspect)
    };
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width(target_width);
    canvas.set_height(target_height);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d context"))?
        .dyn_into()?;
    context.set_fill_style_str("#ffffff");
    let (out_width, out_height) = (f64::from(target_width), f64::from(target_height));
    context.fill_rect(0.0, 0.0, out_width, out_height);
    context.draw_image_with_html_image_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
        &image,
        (width - crop_width) / 2.0,
        (height - crop_height) / 2.0,
        crop_width,
        crop_height,
        0.0,
        0.0,
        out_width,
        out_height,
    )?;
    canvas.to_data_url_with_type_and_encoder_options("image/jpeg", &JsValue::from_f64(0.85))
}
