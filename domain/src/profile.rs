//! A person's profile: who they are and how their screens look, sound and behave.

use crate::scanning::StoredAccess;
use crate::Language;
use serde::{Deserialize, Serialize};

/// The longest name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 60;
/// The largest photo accepted as an avatar, as a data URL, in bytes (the app downsizes photos first).
pub const MAX_PHOTO_BYTES: usize = 512 * 1024;
/// The slowest speech rate, in percent of the normal rate.
pub const MIN_RATE_PERCENT: u16 = 50;
/// The fastest speech rate, in percent of the normal rate.
pub const MAX_RATE_PERCENT: u16 = 200;

/// How the person is shown on cards: a photo taken or chosen by the facilitator, or a pictogram.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "lowercase")]
pub enum Avatar {
    /// A bundled pictogram, by its id in the pictogram catalogue.
    Pictogram(String),
    /// A photo as a `data:image/…` URL, already cropped and downscaled.
    Photo(String),
}

impl Default for Avatar {
    fn default() -> Self {
        Avatar::Pictogram("avatar-smile".to_owned())
    }
}

/// Size of all text in the person's screens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextSize {
    /// The normal size, already large.
    #[default]
    Normal,
    /// One step larger.
    Large,
    /// The largest step.
    ExtraLarge,
}

impl TextSize {
    /// Every step, smallest first.
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::ExtraLarge];

    /// The class-name fragment and stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::ExtraLarge => "extra-large",
        }
    }
}

/// How many pictograms the person sees on one screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub enum GridDensity {
    /// One pictogram at a time.
    One,
    /// Two side by side.
    Two,
    /// Two rows of two.
    #[default]
    Four,
    /// Two rows of three.
    Six,
    /// Three rows of three.
    Nine,
    /// Three rows of four.
    Twelve,
}

impl GridDensity {
    /// Every density, fewest items first.
    pub const ALL: [GridDensity; 6] = [
        GridDensity::One,
        GridDensity::Two,
        GridDensity::Four,
        GridDensity::Six,
        GridDensity::Nine,
        GridDensity::Twelve,
    ];

    /// Items per screen.
    pub fn items(self) -> u8 {
        match self {
            GridDensity::One => 1,
            GridDensity::Two => 2,
            GridDensity::Four => 4,
            GridDensity::Six => 6,
            GridDensity::Nine => 9,
            GridDensity::Twelve => 12,
        }
    }

    /// Columns and rows on a landscape tablet.
    pub fn columns_rows(self) -> (u8, u8) {
        match self {
            GridDensity::One => (1, 1),
            GridDensity::Two => (2, 1),
            GridDensity::Four => (2, 2),
            GridDensity::Six => (3, 2),
            GridDensity::Nine => (3, 3),
            GridDensity::Twelve => (4, 3),
        }
    }

    /// The density with exactly `items` per screen.
    pub fn from_items(items: u8) -> Option<GridDensity> {
        GridDensity::ALL
            .into_iter()
            .find(|density| density.items() == items)
    }

    /// Splits `n_items` into pages of this density: the number of pages (at least one).
    pub fn n_pages(self, n_items: usize) -> usize {
        n_items.div_ceil(usize::from(self.items())).max(1)
    }
}

impl From<GridDensity> for u8 {
    fn from(density: GridDensity) -> u8 {
        density.items()
    }
}

impl TryFrom<u8> for GridDensity {
    type Error = String;
    fn try_from(items: u8) -> Result<Self, Self::Error> {
        GridDensity::from_items(items).ok_or_else(|| format!("no grid of {items} items"))
    }
}

/// The colour scheme of the person's screens. Colour is never the only signal in any theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    /// Warm light theme.
    #[default]
    Default,
    /// Black on white with heavy outlines (WCAG AAA contrast).
    HighContrast,
    /// Light text on a dark background.
    Dark,
    /// Low stimulation: muted colours, no decoration, no animation.
    Calm,
}

impl Theme {
    /// Every theme, in the order offered.
    pub const ALL: [Theme; 4] = [
        Theme::Default,
        Theme::HighContrast,
        Theme::Dark,
        Theme::Calm,
    ];

    /// The `data-theme` value and stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Default => "default",
            Theme::HighContrast => "high-contrast",
            Theme::Dark => "dark",
            Theme::Calm => "calm",
        }
    }
}

/// A component of Pictokit that a profile can switch on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Component {
    /// The shopping helper.
    Shopping,
    /// The quality-of-life questionnaire.
    Questionnaire,
    /// The visual schedule.
    Schedule,
}

impl Component {
    /// Every component, in the order they appear on the person's home.
    pub const ALL: [Component; 3] = [
        Component::Shopping,
        Component::Questionnaire,
        Component::Schedule,
    ];

    /// The stored name, also used in message ids and test ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Component::Shopping => "shopping",
            Component::Questionnaire => "questionnaire",
            Component::Schedule => "schedule",
        }
    }

    /// Whether the component is built yet; the others show as "coming soon" to the facilitator only.
    pub fn is_available(self) -> bool {
        matches!(
            self,
            Component::Shopping | Component::Schedule | Component::Questionnaire
        )
    }
}

/// How the person's device speaks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speech {
    /// Speak every tile and button the person taps.
    pub enabled: bool,
    /// The chosen voice's name, if the facilitator picked one; else the browser's voice for the language.
    pub voice: Option<String>,
    /// Speed in percent of normal, from [`MIN_RATE_PERCENT`] to [`MAX_RATE_PERCENT`].
    pub rate_percent: u16,
}

impl Default for Speech {
    fn default() -> Self {
        Speech {
            enabled: true,
            voice: None,
            rate_percent: 100,
        }
    }
}

/// Everything a facilitator sets for a person, before it is checked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileDraft {
    /// The person's name as they like to be called.
    pub name: String,
    /// Photo or pictogram shown on the person's card.
    pub avatar: Avatar,
    /// Language of the person's screens and voice.
    pub language: Language,
    /// Speech settings.
    pub speech: Speech,
    /// Size of text.
    pub text_size: TextSize,
    /// Pictograms per screen.
    pub grid: GridDensity,
    /// Show words under pictograms.
    pub show_labels: bool,
    /// Colour scheme.
    pub theme: Theme,
    /// No animations, even where the device allows them.
    pub reduced_motion: bool,
    /// Components on the person's home, in [`Component::ALL`] order.
    pub components: Vec<Component>,
    /// How the person reaches the screen: touch, switches, keys or dwell (issue #25), as
    /// stored (see [`StoredAccess`]). Left out of the written form while it is touch with
    /// the usual settings, so a QR code of such a profile stays as short as before.
    #[serde(default, skip_serializing_if = "StoredAccess::is_usual")]
    pub access: StoredAccess,
}

impl Default for ProfileDraft {
    fn default() -> Self {
        ProfileDraft {
            name: String::new(),
            avatar: Avatar::default(),
            language: Language::default(),
            speech: Speech::default(),
            text_size: TextSize::default(),
            grid: GridDensity::default(),
            show_labels: true,
            theme: Theme::default(),
            reduced_motion: false,
            components: Component::ALL.to_vec(),
            access: StoredAccess::default(),
        }
    }
}

/// Something wrong with a draft, with the message id that explains it to the facilitator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileProblem {
    /// The name is empty or only spaces.
    NameEmpty,
    /// The name is longer than [`MAX_NAME_CHARS`].
    NameTooLong,
    /// The photo is not an image data URL.
    PhotoNotImage,
    /// The photo is larger than [`MAX_PHOTO_BYTES`].
    PhotoTooLarge,
    /// The speech rate is outside the allowed range.
    RateOutOfRange,
}

impl ProfileProblem {
    /// The Fluent message id that explains the problem.
    pub fn message_id(self) -> &'static str {
        match self {
            ProfileProblem::NameEmpty => "profile-error-name-empty",
            ProfileProblem::NameTooLong => "profile-error-name-too-long",
            ProfileProblem::PhotoNotImage => "profile-error-photo-not-image",
            ProfileProblem::PhotoTooLarge => "profile-error-photo-too-large",
            ProfileProblem::RateOutOfRange => "profile-error-rate",
        }
    }
}

/// A checked profile. Stored flat (settings beside the id, through a private flat form).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "FlatProfile", into = "FlatProfile")]
pub struct Profile {
    /// Stable id, unique on the device.
    pub id: String,
    /// The checked settings.
    pub settings: ProfileDraft,
    /// Milliseconds since the Unix epoch when the profile was created; orders the cards.
    #[serde(default)]
    pub created_ms: u64,
    /// Milliseconds since the Unix epoch when the profile was last saved.
    pub updated_ms: u64,
}

/// The stored shape of a profile: one flat object. Written out field by field rather than
/// with `#[serde(flatten)]`, whose deserializer alone weighed 12 KB of the web app.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct FlatProfile {
    id: String,
    name: String,
    #[serde(default)]
    avatar: Avatar,
    #[serde(default)]
    language: Language,
    #[serde(default)]
    speech: Speech,
    #[serde(default)]
    text_size: TextSize,
    #[serde(default)]
    grid: GridDensity,
    #[serde(default = "yes")]
    show_labels: bool,
    #[serde(default)]
    theme: Theme,
    #[serde(default)]
    reduced_motion: bool,
    #[serde(default = "all_components")]
    components: Vec<Component>,
    #[serde(default, skip_serializing_if = "StoredAccess::is_usual")]
    access: StoredAccess,
    #[serde(default)]
    created_ms: u64,
    #[serde(default)]
    updated_ms: u64,
}

fn yes() -> bool {
    true
}

fn all_components() -> Vec<Component> {
    Component::ALL.to_vec()
}

impl From<FlatProfile> for Profile {
    fn from(flat: FlatProfile) -> Profile {
        Profile {
            id: flat.id,
            settings: ProfileDraft {
                name: flat.name,
                avatar: flat.avatar,
                language: flat.language,
                speech: flat.speech,
                text_size: flat.text_size,
                grid: flat.grid,
                show_labels: flat.show_labels,
                theme: flat.theme,
                reduced_motion: flat.reduced_motion,
                components: flat.components,
                access: flat.access,
            },
            created_ms: flat.created_ms,
            updated_ms: flat.updated_ms,
        }
    }
}

impl From<Profile> for FlatProfile {
    fn from(profile: Profile) -> FlatProfile {
        let settings = profile.settings;
        FlatProfile {
            id: profile.id,
            name: settings.name,
            avatar: settings.avatar,
            language: settings.language,
            speech: settings.speech,
            text_size: settings.text_size,
            grid: settings.grid,
            show_labels: settings.show_labels,
            theme: settings.theme,
            reduced_motion: settings.reduced_motion,
            components: settings.components,
            access: settings.access,
            created_ms: profile.created_ms,
            updated_ms: profile.updated_ms,
        }
    }
}

impl ProfileDraft {
    /// Every problem of the draft; empty when it can be saved.
    pub fn problems(&self) -> Vec<ProfileProblem> {
        let mut problems = Vec::new();
        let name = self.name.trim();
        if name.is_empty() {
            problems.push(ProfileProblem::NameEmpty);
        } else if name.chars().count() > MAX_NAME_CHARS {
            problems.push(ProfileProblem::NameTooLong);
        }
        if let Avatar::Photo(url) = &self.avatar {
            if !url.starts_with("data:image/") {
                problems.push(ProfileProblem::PhotoNotImage);
            } else if url.len() > MAX_PHOTO_BYTES {
                problems.push(ProfileProblem::PhotoTooLarge);
            }
        }
        if !(MIN_RATE_PERCENT..=MAX_RATE_PERCENT).contains(&self.speech.rate_percent) {
            problems.push(ProfileProblem::RateOutOfRange);
        }
        problems
    }

    /// Checks the draft and turns it into a profile with a trimmed name and components in canonical order.
    pub fn validate(mut self, id: &str, now_ms: u64) -> Result<Profile, Vec<ProfileProblem>> {
        let problems = self.problems();
        if !problems.is_empty() {
            return Err(problems);
        }
        self.name = self.name.trim().to_owned();
        self.components = Component::ALL
            .into_iter()
            .filter(|component| self.components.contains(component))
            .collect();
        Ok(Profile {
            id: id.to_owned(),
            settings: self,
            created_ms: now_ms,
            updated_ms: now_ms,
        })
    }
}

impl Profile {
    /// A copy under a new id and name, for "duplicate".
    pub fn duplicate(&self, new_id: &str, new_name: &str, now_ms: u64) -> Profile {
        let mut copy = self.clone();
        copy.id = new_id.to_owned();
        copy.settings.name = new_name.chars().take(MAX_NAME_CHARS).collect();
        copy.created_ms = now_ms;
        copy.updated_ms = now_ms;
        copy
    }

    /// The enabled components, in home order.
    pub fn components(&self) -> &[Component] {
        &self.settings.components
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(name: &str) -> ProfileDraft {
        ProfileDraft {
            name: name.to_owned(),
            ..ProfileDraft::default()
        }
    }

    fn check(draft: ProfileDraft, expected: &[ProfileProblem]) {
        assert_eq!(draft.problems(), expected, "{draft:?}");
    }

    #[test]
    fn names_are_required_and_bounded() {
        check(draft("Núria"), &[]);
        check(draft(""), &[ProfileProblem::NameEmpty]);
        check(draft("   "), &[ProfileProblem::NameEmpty]);
        check(draft(&"a".repeat(MAX_NAME_CHARS)), &[]);
        check(
            draft(&"à".repeat(MAX_NAME_CHARS + 1)),
            &[ProfileProblem::NameTooLong],
        );
    }

    #[test]
    fn photos_must_be_small_image_data_urls() {
        let mut with_photo = draft("Joan");
        with_photo.avatar = Avatar::Photo("data:image/jpeg;base64,AAAA".into());
        check(with_photo.clone(), &[]);
        with_photo.avatar = Avatar::Photo("javascript:alert(1)".into());
        check(with_photo.clone(), &[ProfileProblem::PhotoNotImage]);
        with_photo.avatar = Avatar::Photo(format!(
            "data:image/png;base64,{}",
            "A".repeat(MAX_PHOTO_BYTES)
        ));
        check(with_photo, &[ProfileProblem::PhotoTooLarge]);
    }

    #[test]
    fn speech_rate_is_bounded() {
        for (rate, ok) in [
            (49, false),
            (50, true),
            (100, true),
            (200, true),
            (201, false),
        ] {
            let mut d = draft("Ana");
            d.speech.rate_percent = rate;
            let expected: &[ProfileProblem] = if ok {
                &[]
            } else {
                &[ProfileProblem::RateOutOfRange]
            };
            check(d, expected);
        }
    }

    #[test]
    fn validation_trims_and_orders_components() {
        let mut d = draft("  Pau  ");
        d.components = vec![
            Component::Schedule,
            Component::Shopping,
            Component::Schedule,
        ];
        let profile = d.validate("p-1", 42).expect("valid");
        assert_eq!(profile.settings.name, "Pau");
        assert_eq!(
            profile.components(),
            &[Component::Shopping, Component::Schedule]
        );
        assert_eq!(profile.updated_ms, 42);
    }

    #[test]
    fn every_problem_has_a_message_id() {
        let all = [
            ProfileProblem::NameEmpty,
            ProfileProblem::NameTooLong,
            ProfileProblem::PhotoNotImage,
            ProfileProblem::PhotoTooLarge,
            ProfileProblem::RateOutOfRange,
        ];
        for problem in all {
            assert!(problem.message_id().starts_with("profile-error-"));
        }
    }

    #[test]
    fn grid_densities_round_trip_and_paginate() {
        for density in GridDensity::ALL {
            let (columns, rows) = density.columns_rows();
            assert_eq!(columns * rows, density.items());
            assert_eq!(GridDensity::from_items(density.items()), Some(density));
        }
        assert_eq!(GridDensity::from_items(5), None);
        assert_eq!(GridDensity::Four.n_pages(0), 1);
        assert_eq!(GridDensity::Four.n_pages(4), 1);
        assert_eq!(GridDensity::Four.n_pages(5), 2);
        assert_eq!(GridDensity::One.n_pages(3), 3);
    }

    #[test]
    fn duplicate_gets_new_identity_and_keeps_settings() {
        let mut d = draft("Marta");
        d.theme = Theme::Dark;
        let original = d.validate("p-1", 1).expect("valid");
        let copy = original.duplicate("p-2", "Marta (2)", 5);
        assert_eq!(copy.id, "p-2");
        assert_eq!(copy.settings.name, "Marta (2)");
        assert_eq!(copy.settings.theme, Theme::Dark);
        assert_eq!(copy.updated_ms, 5);
    }

    #[test]
    fn stored_form_is_stable() {
        let profile = draft("Laia").validate("p-9", 7).expect("valid");
        let json = serde_json::to_value(&profile).expect("serialises");
        assert_eq!(json["grid"], 4);
        assert_eq!(json["theme"], "default");
        assert_eq!(json["text_size"], "normal");
        assert_eq!(json["language"], "en");
        assert_eq!(json["avatar"]["kind"], "pictogram");
        let back: Profile = serde_json::from_value(json).expect("deserialises");
        assert_eq!(back, profile);
    }

    /// Issue #25: how the person reaches the screen travels with the profile; a profile
    /// from before has touch; numbers out of range come back within it; the usual touch
    /// settings are not written at all (profiles and QR codes stay as they were).
    #[test]
    fn access_is_kept_read_leniently_and_left_out_when_usual() {
        use crate::scanning::{Access, Method, Pattern, StoredAccess};
        let profile = draft("Laia").validate("p-9", 7).expect("valid");
        let json = serde_json::to_value(&profile).expect("serialises");
        assert!(json.get("access").is_none());
        assert!(!profile.settings.access.scans());
        let mut scanning = profile.clone();
        scanning.settings.access = StoredAccess::from(Access {
            method: Method::AutoScan,
            pattern: Pattern::Groups,
            ..Access::default()
        });
        assert!(scanning.settings.access.scans());
        let json = serde_json::to_value(&scanning).expect("serialises");
        assert_eq!(json["access"]["method"], "auto-scan");
        let back: Profile = serde_json::from_value(json.clone()).expect("deserialises");
        assert_eq!(back, scanning);
        let mut wild = json;
        wild["access"]["scan_ms"] = serde_json::json!(1);
        wild["access"]["rounds"] = serde_json::json!(200);
        wild["access"]["future_setting"] = serde_json::json!(true);
        let back: Profile = serde_json::from_value(wild.clone()).expect("deserialises");
        assert_eq!(
            back.settings.access.read().scan_ms,
            crate::scanning::SCAN_MS.0
        );
        assert_eq!(
            back.settings.access.read().rounds,
            crate::scanning::ROUNDS.1
        );
        assert_eq!(back.settings.access.read().method, Method::AutoScan);
        // A field that cannot be read at all stays usual; the others are kept.
        wild["access"]["rounds"] = serde_json::json!(100_000);
        wild["access"]["pattern"] = serde_json::json!("spiral");
        let back: Profile = serde_json::from_value(wild.clone()).expect("deserialises");
        assert_eq!(back.settings.access.read().method, Method::AutoScan);
        assert_eq!(back.settings.access.read().rounds, Access::default().rounds);
        assert_eq!(
            back.settings.access.read().pattern,
            Access::default().pattern
        );
        wild["access"] = serde_json::json!("on");
        let back: Profile = serde_json::from_value(wild).expect("deserialises");
        assert!(back.settings.access.read().is_usual());
        assert!(!back.settings.access.scans());
    }
}
