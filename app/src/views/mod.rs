//! The screens of the app. Each reads the app's contexts and composes components.

pub mod about;
pub mod board;
pub mod device;
pub mod editor;
pub mod facilitator;
pub mod person;
pub mod picker;
pub mod start;

use pictokit_domain::profile::{Avatar, Theme};

/// The URL of a profile's avatar picture.
pub fn avatar_src(avatar: &Avatar) -> String {
    match avatar {
        Avatar::Photo(url) => url.clone(),
        Avatar::Pictogram(id) => pictokit_pictograms::avatar(id)
            .unwrap_or(pictokit_pictograms::AVATARS[0])
            .path
            .to_owned(),
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
