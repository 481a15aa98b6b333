//! How a profile looks in lists: its picture and its theme's name.

use pictokit_domain::picto::PictoRef;
use pictokit_domain::profile::{Avatar, Theme};

/// The URL of a profile's avatar picture.
/// A pictogram avatar is one of the quick avatars, or a library symbol chosen with the
/// picker (stored as its reference, `om:…`).
pub fn avatar_src(avatar: &Avatar) -> String {
    match avatar {
        Avatar::Photo(url) => url.clone(),
        Avatar::Pictogram(id) => match PictoRef::parse(id) {
            Some(PictoRef::Symbol(code)) => pictokit_pictograms::library::image_path(&code, false),
            _ => pictokit_pictograms::avatar(id)
                .unwrap_or(pictokit_pictograms::AVATARS[0])
                .path
                .to_owned(),
        },
    }
}

/// The message id of a theme's name.
pub fn theme_message(theme: Theme) -> &'static str {
    match theme {
        Theme::Default => "theme-default",
        Theme::HighContrast => "theme-high-contrast",
        Theme::Dark => "theme-dark",
        Theme::Calm => "theme-calm",
    }
}
