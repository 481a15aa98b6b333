//! Boards from and for other AAC apps (Cboard, AsTeRICS Grid, CoughDrop), in Open Board
//! Format, on the facilitator's screen of a person's own pictograms.
//!
//! Opening a `.obf` or `.obz` file has it read and checked whole in a worker
//! (`pictokit_shell::reader`, `pictokit_transfer::check::board`), then shows what it holds; nothing is written before "Add". Each visible button of the
//! chosen board, in the grid's order, becomes one of the person's own pictures: its own
//! picture (a JPEG, PNG or WebP the file carries) on the button's colour, or, without one,
//! a card with its word on that colour; its label is the picture's name in the language
//! the board's `locale` says (and in the person's, when the board's `strings` translate
//! it); its sound becomes a recording of the picture; the picture's and sound's licences
//! are kept. Saving writes the person's pictograms, in order, as a board other apps open
//! (`.obz`, or one `.obf`), with their licences and recordings.

use leptos::prelude::*;
use leptos::task::spawn_local;
use pictokit_domain::picto::{
    board_fields_fit, Media, MediaKind, PictoRef, ProfilePictos, MAX_FROM_BOARDS,
};
use pictokit_domain::profile::{GridDensity, Theme};
use pictokit_domain::Language;
use pictokit_shell::device::download_bytes;
use pictokit_shell::device::file_name;
use pictokit_shell::frame::said_view;
use pictokit_shell::i18n::{use_i18n, I18n};
use pictokit_shell::library::{show, spoken_text, use_pictograms};
use pictokit_shell::media::board_card;
use pictokit_shell::reader;
use pictokit_shell::state::{new_id, now_ms, use_state, AppState, Toast};
use pictokit_transfer::check::{self, Control, Refusal};
use pictokit_transfer::obf::{self, Board, Report};
use pictokit_transfer::sniff;
use std::collections::BTreeMap;

/// The side of the pictures made from a board's buttons, in pixels.
const CARD_SIDE: u32 = 400;

/// A board file being opened.
#[derive(Clone, Debug, PartialEq)]
enum Opened {
    Idle,
    Reading,
    Refused(Refusal),
    Ready { boards: Vec<Board>, report: Report },
    Adding,
}

/// The buttons a person would see on a board, in the grid's order (row by row).
fn visible(board: &Board) -> Vec<&obf::Button> {
    obf::visible_buttons(board)
}

/// The picture a button carries, with its type, if the file had one we can show.
fn picture_bytes<'a>(board: &'a Board, button: &obf::Button) -> Option<(&'static str, &'a [u8])> {
    let id = button.image_id.as_deref()?;
    let image = board.images.iter().find(|i| i.id == id)?;
    let bytes = image.bytes.as_deref()?;
    Some((sniff::image_type(bytes)?, bytes))
}

/// Columns of a board written from a profile: as many as its grid shows across.
fn columns(grid: GridDensity) -> u16 {
    match grid.items() {
        0..=4 => 2,
        5..=9 => 3,
        _ => 4,
    }
}

/// What adding a board did: pictures added, recordings kept, sounds left out.
struct Added {
    pictures: usize,
    recordings: usize,
    sounds_refused: usize,
}

/// Adds the visible buttons of `board` to the person's pictograms, in the language of the
/// board's words (`obf::import`), each button's sound as a recording of its picture.
async fn add_board(
    state: AppState,
    profile_id: &str,
    lang: &str,
    board: &Board,
    with_actions: bool,
) -> Result<Added, ()> {
    let imported = obf::import(board, lang, with_actions, &mut || new_id("m"), now_ms());
    let fields_of: BTreeMap<&str, &obf::Button> = board
        .buttons
        .iter()
        .map(|button| (button.id.as_str(), button))
        .collect();
    let mut made = Vec::new();
    for item in imported.buttons {
        let Some(button) = fields_of.get(item.id.as_str()) else {
            continue;
        };
        let picture = item
            .picture
            .as_ref()
            .map(|(kind, bytes)| sniff::data_url(kind, bytes))
            .unwrap_or_default();
        let colour = button
            .background_color
            .map(|c| c.to_css())
            .unwrap_or_else(|| "#ffffff".to_owned());
        let card = board_card(&picture, &item.label, &colour, CARD_SIDE)
            .await
            .map_err(|_| ())?;
        let media = Media {
            id: new_id("m"),
            kind: MediaKind::Photo,
            data_url: card,
            names: item.names,
            spoken: item.spoken,
            attribution: None,
            licence: item.licence,
            created_ms: now_ms(),
        };
        // What Pictokit has no place for (a link to another board, `ext_…` fields): kept
        // beside the picture, and written back on its button when saved as a board.
        // Its colours too, so the button is that colour again in the other app.
        let mut fields = button.ext.clone();
        for (key, colour) in [
            ("background_color", button.background_color),
            ("border_color", button.border_color),
        ] {
            if let Some(colour) = colour {
                fields.insert(key.to_owned(), colour.to_css().into());
            }
        }
        let fields = Some(fields).filter(|f| !f.is_empty() && board_fields_fit(f));
        made.push((media, fields, item.recording));
    }
    // Everything is made before anything is kept: a picture that fails changes nothing.
    let mut refs = Vec::new();
    let mut kept_fields = Vec::new();
    let mut voices = Vec::new();
    for (media, fields, recording) in made {
        let picto = PictoRef::Photo(media.id.clone());
        if state.save_media(media).is_ok() {
            if let Some(fields) = fields {
                kept_fields.push((picto.to_string(), fields));
            }
            if let Some(recording) = recording {
                let id = recording.id.clone();
                if state.save_media(recording).is_ok() {
                    voices.push((picto.to_string(), id));
                }
            }
            refs.push(picto);
        }
    }
    let mut added = 0;
    let recordings = voices.len();
    state.update_pictos(profile_id, |p| {
        added = p.add_to_board(&refs);
        for (key, fields) in kept_fields {
            if p.from_boards.len() < MAX_FROM_BOARDS {
                p.from_boards.insert(key, fields);
            }
        }
        for (key, id) in voices {
            p.voices.insert(key, id);
        }
    });
    Ok(Added {
        pictures: added,
        recordings,
        sounds_refused: imported.sounds_refused,
    })
}

/// What a picture carries onto its button when saved as a board: its licence, and its
/// recording with the recording's licence.
fn extras_of(state: &AppState, pictos: &ProfilePictos, picto: &PictoRef) -> obf::Extras {
    state.media.with_untracked(|all| {
        let licence = picto
            .media_id()
            .and_then(|id| all.get(&id))
            .and_then(|media| media.licence.clone());
        let recording = pictos.voice(picto).and_then(|id| all.get(id));
        obf::Extras {
            licence,
            sound: recording
                .and_then(|media| sniff::data_url_bytes(&media.data_url))
                .map(|(_, bytes)| bytes),
            sound_licence: recording.and_then(|media| media.licence.clone()),
        }
    })
}

/// What the preview says of a board: how many buttons have their own picture, the hidden
/// ones, those that are only an action of the other app (left out), those with their own
/// sound, and the language of its words when it is not the person's (`lang`).
fn details_of(i18n: I18n, board: &Board, lang: String) -> Vec<String> {
    let shown = visible(board);
    let actions = shown.iter().filter(|b| obf::is_action(b)).count();
    let pictures = shown
        .iter()
        .filter(|b| picture_bytes(board, b).is_some())
        .count();
    let hidden = board.buttons.iter().filter(|b| b.hidden).count();
    let mut lines = vec![i18n.ta(
        "obf-preview-pictures",
        &[
            ("pictures", &pictures.to_string()),
            ("words", &(shown.len() - pictures).to_string()),
        ],
    )];
    if hidden > 0 {
        lines.push(count_text(i18n, "obf-preview-hidden", hidden));
    }
    if actions > 0 {
        lines.push(count_text(i18n, "obf-preview-actions", actions));
    }
    let sounds = shown
        .iter()
        .filter(|b| {
            b.sound_id.as_deref().is_some_and(|id| {
                board
                    .sounds
                    .iter()
                    .any(|sound| sound.id == id && sound.bytes.is_some())
            })
        })
        .count();
    if sounds > 0 {
        lines.push(count_text(i18n, "obf-preview-sounds", sounds));
    }
    // The words of a board in another language than the person's stay in theirs.
    let words = obf::words_language(board, &lang);
    if words != lang {
        if let Some(language) = Language::from_tag(&words) {
            lines.push(i18n.ta("obf-preview-language", &[("language", language.endonym())]));
        } else {
            lines.push(i18n.ta("obf-preview-language", &[("language", &words)]));
        }
    }
    lines
}

fn count_text(i18n: I18n, id: &str, count: usize) -> String {
    i18n.ta(id, &[("count", &count.to_string())])
}

/// "Boards from other apps": open a board file, or save the person's pictograms as one.
#[component]
pub fn BoardFiles(
    /// Whose pictograms.
    profile_id: String,
) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let pictograms = use_pictograms();
    let pid = StoredValue::new(profile_id);
    let opened = RwSignal::new(Opened::Idle);
    let chosen = RwSignal::new(0usize);
    // Buttons that only act in the other app are left out unless the facilitator says so.
    let with_actions = RwSignal::new(false);
    let said = RwSignal::new(None::<(String, bool)>);
    let name = move || {
        pid.with_value(|id| state.profile(id))
            .map(|p| p.settings.name)
            .unwrap_or_default()
    };
    let lang = move || {
        pid.with_value(|id| state.profile(id))
            .map(|p| p.settings.language.tag().to_owned())
            .unwrap_or_default()
    };

    let on_file = move |event: web_sys::Event| {
        let Some(file) = pictokit_shell::photo::take_chosen_file(&event) else {
            return;
        };
        said.set(None);
        with_actions.set(false);
        opened.set(Opened::Reading);
        spawn_local(async move {
            let read = reader::checked(Control::Board, &file, check::board).await;
            chosen.set(0);
            opened.set(match read {
                Ok((boards, root, report)) => {
                    chosen.set(root.min(boards.len().saturating_sub(1)));
                    Opened::Ready { boards, report }
                }
                Err(refusal) => Opened::Refused(refusal),
            });
        });
    };

    let add = move |_| {
        let index = chosen.get_untracked();
        let Some(board) = opened.with_untracked(|opened| match opened {
            Opened::Ready { boards, .. } => boards.get(index).cloned(),
            _ => None,
        }) else {
            return;
        };
        let Some(profile) = pid.with_value(|id| state.profile(id)) else {
            return;
        };
        opened.set(Opened::Adding);
        let with_actions = with_actions.get_untracked();
        spawn_local(async move {
            let lang = profile.settings.language.tag();
            // Every picture and the board are stored in one go, or none (a full device):
            // only then is it said they were added; otherwise the banner says nothing
            // was saved.
            let added = match add_board(state, &profile.id, lang, &board, with_actions).await {
                Ok(added) => state.saved().await.map(|()| added).map_err(|_| None),
                Err(()) => Err(Some(())),
            };
            match added {
                Ok(added) => {
                    opened.set(Opened::Idle);
                    let mut message = i18n.ta(
                        "obf-added",
                        &[
                            ("count", &added.pictures.to_string()),
                            ("board", &board.name),
                            ("name", &profile.settings.name),
                        ],
                    );
                    for (id, count) in [
                        ("obf-added-recordings", added.recordings),
                        ("obf-added-sounds-refused", added.sounds_refused),
                    ] {
                        if count > 0 {
                            message.push(' ');
                            message.push_str(&count_text(i18n, id, count));
                        }
                    }
                    state.toast.set(Some(Toast {
                        message,
                        undo_restore: None,
                    }));
                }
                Err(None) => opened.set(Opened::Idle),
                Err(Some(())) => {
                    opened.set(Opened::Idle);
                    said.set(Some((i18n.t("obf-failed"), true)));
                }
            }
        });
    };

    let save = move |single: bool| {
        let Some(profile) = pid.with_value(|id| state.profile(id)) else {
            return;
        };
        let library = pictograms.library();
        let lang = profile.settings.language;
        let black = profile.settings.theme == Theme::HighContrast;
        let shown: Vec<_> = state
            .pictos_of(&profile.id)
            .board
            .iter()
            .filter_map(|r| show(library.as_deref(), &state, r, lang, black))
            .collect();
        if shown.is_empty() {
            said.set(Some((
                i18n.ta("obf-save-empty", &[("name", &profile.settings.name)]),
                true,
            )));
            return;
        }
        said.set(Some((i18n.t("obf-making"), false)));
        spawn_local(async move {
            let mut items = Vec::new();
            let mut spoken = Vec::new();
            let kept = state.pictos_of(&profile.id).from_boards;
            let mut fields = Vec::new();
            let mut extras = Vec::new();
            let pictos = state.pictos_of(&profile.id);
            for item in shown {
                fields.push(kept.get(&item.picto.to_string()).cloned());
                extras.push(extras_of(&state, &pictos, &item.picto));
                let picture = board_card(&item.src, "", "#ffffff", CARD_SIDE)
                    .await
                    .ok()
                    .and_then(|url| sniff::data_url_bytes(&url));
                spoken.push(spoken_text(&state, &item.picto, lang));
                items.push((item.label, picture));
            }
            let name = profile.settings.name.clone();
            let mut board = obf::from_pictures(
                &format!("pictokit-{}", profile.id),
                &name,
                &items,
                columns(profile.settings.grid),
            );
            // One button per item, in order: each says its spoken text, if it has one.
            // and carries again what its board from another app had (links, `ext_…`).
            for ((button, words), fields) in board.buttons.iter_mut().zip(spoken).zip(fields) {
                button.vocalization = words;
                let mut fields = fields.unwrap_or_default();
                let colour = |fields: &mut serde_json::Map<String, serde_json::Value>, key| {
                    fields
                        .remove(key)
                        .and_then(|v| v.as_str().and_then(obf::Colour::parse))
                };
                button.background_color = colour(&mut fields, "background_color");
                button.border_color = colour(&mut fields, "border_color");
                button.ext = fields;
            }
            obf::add_extras(&mut board, &extras);
            let (bytes, extension, mime) = if single {
                (obf::write_obf(&board), "obf", "application/json")
            } else {
                (obf::write_obz(&[board], 0), "obz", "application/zip")
            };
            let file = file_name("board", &name, now_ms(), extension);
            download_bytes(&file, mime, &bytes);
            said.set(Some((i18n.ta("obf-saved", &[("file", &file)]), false)));
        });
    };

    let preview = move |boards: Vec<Board>, report: Report| {
        let many = boards.len() > 1;
        let options = boards
            .iter()
            .enumerate()
            .map(|(index, board)| {
                let count = visible(board).len();
                let words = i18n.ta(
                    "obf-preview-board",
                    &[("board", &board.name), ("count", &count.to_string())],
                );
                (index, words)
            })
            .collect::<Vec<_>>();
        // The chosen board, looked at in place (its pictures are not copied).
        let details = move || {
            let index = chosen.get();
            opened.with(|opened| match opened {
                Opened::Ready { boards, .. } => boards
                    .get(index)
                    .map(|board| details_of(i18n, board, lang()))
                    .unwrap_or_default(),
                _ => Vec::new(),
            })
        };
        let adding = move || {
            let index = chosen.get();
            let with_actions = with_actions.get();
            opened.with(|opened| match opened {
                Opened::Ready { boards, .. } => boards
                    .get(index)
                    .map_or(0, |b| obf::buttons_to_add(b, with_actions).len()),
                _ => 0,
            })
        };
        let has_actions = move || {
            let index = chosen.get();
            opened.with(|opened| match opened {
                Opened::Ready { boards, .. } => boards
                    .get(index)
                    .is_some_and(|b| visible(b).iter().any(|button| obf::is_action(button))),
                _ => false,
            })
        };
        let warnings = report.total();
        let no_format = report.no_format > 0;
        view! {
            <section class="pk-transfer-preview" aria-labelledby="pk-obf-preview-title">
                <h3 id="pk-obf-preview-title" class="pk-transfer-preview__title">{i18n.t("obf-preview-title")}</h3>
                {if many {
                    view! {
                        <fieldset class="pk-fieldset">
                            <legend class="pk-field__label">{i18n.t("obf-preview-choose")}</legend>
                            <div class="pk-choices">
                                {options.into_iter().map(|(index, words)| view! {
                                    <label class="pk-choice">
                                        <input type="radio" name="pk-obf-board"
                                            prop:checked=move || chosen.get() == index
                                            on:change=move |_| chosen.set(index) />
                                        <span>{words}</span>
                                    </label>
                                }).collect_view()}
                            </div>
                        </fieldset>
                    }.into_any()
                } else {
                    let words = options.into_iter().next().map(|(_, w)| w).unwrap_or_default();
                    view! { <p class="pk-profile-row__name">{words}</p> }.into_any()
                }}
                <ul class="pk-transfer-preview__list">
                    {move || details().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
                {no_format.then(|| view! {
                    <p class="pk-message pk-message--warning">{i18n.t("obf-preview-no-format")}</p>
                })}
                {(warnings > 0).then(|| view! {
                    <p class="pk-message pk-message--warning">{count_text(i18n, "obf-preview-warnings", warnings)}</p>
                })}
                {move || has_actions().then(|| view! {
                    <label class="pk-check">
                        <input type="checkbox"
                            prop:checked=move || with_actions.get()
                            on:change=move |event| with_actions.set(event_target_checked(&event)) />
                        <span>{i18n.t("obf-include-actions")}</span>
                    </label>
                })}
                <div class="pk-fac-actions">
                    <button type="button" class="pk-button pk-button--primary" on:click=add>
                        {move || i18n.ta("obf-add", &[("count", &adding().to_string()), ("name", &name())])}
                    </button>
                    <button type="button" class="pk-button" on:click=move |_| opened.set(Opened::Idle)>
                        {i18n.t("transfer-import-cancel")}
                    </button>
                </div>
            </section>
        }
    };

    view! {
        <section class="pk-fac-section pk-obf" aria-labelledby="pk-obf-title">
            <h2 id="pk-obf-title" class="pk-section-title">{move || i18n.t("obf-title")}</h2>
            <p class="pk-fac-hint">{move || i18n.ta("obf-hint", &[("name", &name())])}</p>
            <div class="pk-fac-actions">
                <label class="pk-button pk-file-button">
                    <input
                        class="pk-visually-hidden"
                        type="file"
                        accept=".obf,.obz,application/json,application/zip"
                        on:change=on_file
                    />
                    {move || i18n.t("obf-open")}
                </label>
                <button type="button" class="pk-button" on:click=move |_| save(false)>
                    {move || i18n.ta("obf-save-obz", &[("name", &name())])}
                </button>
                <button type="button" class="pk-button" on:click=move |_| save(true)>
                    {move || i18n.ta("obf-save-obf", &[("name", &name())])}
                </button>
            </div>
            {move || said.get().map(|(message, problem)| said_view(message, problem))}
            {move || match opened.get() {
                Opened::Idle => ().into_any(),
                Opened::Reading => view! { <p role="status">{i18n.t("obf-reading")}</p> }.into_any(),
                Opened::Adding => view! { <p role="status">{i18n.t("obf-making")}</p> }.into_any(),
                Opened::Refused(refusal) => view! {
                    <p class="pk-message pk-message--error" role="alert">{reader::words(i18n, &refusal)}</p>
                }
                .into_any(),
                Opened::Ready { boards, report } => preview(boards, report).into_any(),
            }}
        </section>
    }
}
