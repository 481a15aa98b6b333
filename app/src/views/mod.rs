//! The screens of the app. Each reads the app's contexts and composes components.

pub mod about;
pub mod board;
pub mod choice;
pub mod day;
pub mod device;
pub mod editor;
pub mod facilitator;
pub mod history;
pub mod obf;
pub mod person;
pub mod picker;
pub mod print;
pub mod qr;
pub mod quality;
pub mod quality_report;
pub mod quiz;
pub mod reminders;
pub mod safekeeping;
pub mod schedule;
pub mod sealed;
pub mod shop;
pub mod shopping;
pub mod sorting;
pub mod start;
pub mod transfer;
pub mod workshop;

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
