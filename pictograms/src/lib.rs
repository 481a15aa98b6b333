//! The symbol catalogue: which pictograms exist, where their images are, and what they are called.
//!
//! Names are Fluent message ids, so a symbol is spoken and labelled in the profile's language.

pub mod arasaac;
pub mod fold;
pub mod library;
pub mod search;
pub mod ui;

use pictokit_domain::profile::Component;

/// A pictogram Pictokit ships.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// Stable id, stored in profiles.
    pub id: &'static str,
    /// Path of the image, relative to the site root.
    pub path: &'static str,
    /// Fluent message id of its name.
    pub name_id: &'static str,
}

/// Where the interface pictograms live, relative to the site root.
pub const UI_DIR: &str = "pictograms/ui";

macro_rules! ui_symbol {
    ($id:literal, $name:literal) => {
        Symbol {
            id: $id,
            path: concat!("pictograms/ui/", $id, ".svg"),
            name_id: $name,
        }
    };
}

/// The pictograms a profile can use as its avatar, in the order offered.
pub const AVATARS: [Symbol; 6] = [
    ui_symbol!("avatar-smile", "avatar-smile"),
    ui_symbol!("avatar-sun", "avatar-sun"),
    ui_symbol!("avatar-star", "avatar-star"),
    ui_symbol!("avatar-flower", "avatar-flower"),
    ui_symbol!("avatar-cat", "avatar-cat"),
    ui_symbol!("avatar-tree", "avatar-tree"),
];

/// The tile pictogram of a component.
pub fn component_symbol(component: Component) -> Symbol {
    match component {
        Component::Shopping => ui_symbol!("component-shopping", "component-shopping"),
        Component::Questionnaire => {
            ui_symbol!("component-questionnaire", "component-questionnaire")
        }
        Component::Schedule => ui_symbol!("component-schedule", "component-schedule"),
    }
}

/// The home tile that opens a person's own pictograms ("My pictograms").
pub const MY_PICTOGRAMS: Symbol = ui_symbol!("my-pictograms", "board-person-title");
/// The button back to the person's home.
pub const HOME: Symbol = ui_symbol!("home", "board-person-home");

/// The avatar with this id, if it exists.
pub fn avatar(id: &str) -> Option<Symbol> {
    AVATARS.into_iter().find(|symbol| symbol.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pictokit_domain::Language;
    use std::path::Path;

    fn every_symbol() -> Vec<Symbol> {
        let mut all = AVATARS.to_vec();
        all.extend(Component::ALL.map(component_symbol));
        all.extend([MY_PICTOGRAMS, HOME]);
        all
    }

    #[test]
    fn every_symbol_has_an_svg_file_without_scripts() {
        let public = Path::new(env!("CARGO_MANIFEST_DIR")).join("../public");
        for symbol in every_symbol() {
            let file = public.join(symbol.path);
            let svg = std::fs::read_to_string(&file)
                .unwrap_or_else(|error| panic!("{}: {error}", file.display()));
            assert!(svg.contains("<svg"), "{} is not an SVG", symbol.id);
            assert!(svg.contains("viewBox"), "{} has no viewBox", symbol.id);
            assert!(
                !svg.to_lowercase().contains("<script"),
                "{} has a script",
                symbol.id
            );
            assert!(
                !svg.contains("href=\"http"),
                "{} refers to another host",
                symbol.id
            );
        }
    }

    #[test]
    fn every_symbol_has_a_name_in_every_language() {
        for lang in Language::ALL {
            let localizer = pictokit_i18n::Localizer::new(lang);
            for symbol in every_symbol() {
                assert!(
                    localizer.has(symbol.name_id),
                    "{}: {}",
                    lang.tag(),
                    symbol.id
                );
            }
        }
    }

    #[test]
    fn ids_are_unique_and_findable() {
        let all = every_symbol();
        for (idx, symbol) in all.iter().enumerate() {
            assert!(all[idx + 1..].iter().all(|other| other.id != symbol.id));
        }
        assert_eq!(avatar("avatar-cat").map(|s| s.name_id), Some("avatar-cat"));
        assert_eq!(avatar("nope"), None);
        assert_eq!(
            pictokit_domain::profile::Avatar::default(),
            pictokit_domain::profile::Avatar::Pictogram(AVATARS[0].id.to_owned())
        );
    }
}
