//! The choice board (issue #7): the facilitator puts 2–6 options in front of the person
//! (pictograms, photos, or a screen configured two ways), the person chooses by tapping,
//! the choice is spoken, kept with its date and can be applied to the profile.

use crate::records::{choices_of, history_of, update_choices, Place, Turn};
use leptos::prelude::*;
use pictokit_domain::choice::{
    combine_pair, Board, ChoiceOption, ChoiceProblem, SettingsChange, MAX_OPTIONS,
    MAX_QUESTION_CHARS, TOO_NEW_MESSAGE_ID,
};
use pictokit_domain::picto::PictoRef;
use pictokit_domain::profile::{GridDensity, Profile, ProfileDraft, TextSize, Theme};
use pictokit_domain::Language;
use pictokit_kit::ConfirmDialog;
use pictokit_pictograms::ui;
use pictokit_pictograms::{component_symbol, MY_PICTOGRAMS};
use pictokit_shell::device::when_words;
use pictokit_shell::frame::{home, try_as_person_at, FacilitatorFrame, ForPerson};
use pictokit_shell::i18n::{use_i18n, I18n};
use pictokit_shell::library::{show, use_pictograms, Pictograms};
use pictokit_shell::looks::theme_message;
use pictokit_shell::person::PersonCtx;
use pictokit_shell::picker::PictoPicker;
use pictokit_shell::routes::use_router;
use pictokit_shell::speech::use_speech;
use pictokit_shell::state::{new_id, now_ms, use_state, AppState, Toast};

/// A speaker, drawn in the text's colour (every theme): a voice, the question read aloud.
fn speaker(class: &'static str) -> impl IntoView {
    view! {
        <svg class=class viewBox="0 0 24 24" aria-hidden="true">
            <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
            <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
    }
}

/// A change of settings in words, for the facilitator ("9 pictures per screen · Dark").
fn change_words(i18n: I18n, change: &SettingsChange) -> String {
    let mut parts = Vec::new();
    if let Some(grid) = change.grid {
        parts.push(i18n.ta("choice-set-grid", &[("n", &grid.items().to_string())]));
    }
    if let Some(size) = change.text_size {
        let size = i18n.t(&format!("text-size-{}", size.as_str()));
        parts.push(i18n.ta("choice-set-text", &[("size", &size)]));
    }
    if let Some(theme) = change.theme {
        let theme = i18n.t(theme_message(theme));
        parts.push(i18n.ta("choice-set-theme", &[("theme", &theme)]));
    }
    if let Some(on) = change.show_labels {
        parts.push(i18n.t(if on {
            "choice-set-labels-on"
        } else {
            "choice-set-labels-off"
        }));
    }
    if let Some(voice) = &change.voice {
        parts.push(i18n.ta("choice-set-voice", &[("voice", voice)]));
    }
    parts.join(" · ")
}

/// The picture of a picture option in the person's language (`None` when it is gone).
fn picture_src(
    pictograms: Pictograms,
    state: &AppState,
    picto: &PictoRef,
    lang: Language,
    theme: Theme,
) -> Option<String> {
    show(
        pictograms.library().as_deref(),
        state,
        picto,
        lang,
        theme == Theme::HighContrast,
    )
    .map(|shown| shown.src)
}

/// A small picture of the person's own home with a configuration applied: their
/// pictograms (or their home's tiles) in that grid, theme, text size and words. Only a
/// picture: hidden from assistive technology, the option's label names it.
#[component]
fn LivePreview(profile: Signal<Profile>, change: SettingsChange) -> impl IntoView {
    let state = use_state();
    let pictograms = use_pictograms();
    pictograms.ensure_loaded();
    let settings = profile.with_untracked(|p| change.applied(&p.settings));
    let ProfileDraft {
        grid,
        theme,
        text_size,
        show_labels,
        language,
        ..
    } = settings;
    let voice = change.voice.clone();
    let id = profile.with_untracked(|p| p.id.clone());
    let components = profile.with_untracked(|p| p.components().to_vec());
    let cells = move || {
        // Exactly the tiles of the person's home (their own pictograms' tile when they have
        // some, then their components), on its first screen in that grid: what they would
        // see, nothing else.
        let has_board = !state.pictos_of(&id).board.is_empty();
        let mut tiles: Vec<(String, String)> = Vec::new();
        if has_board {
            tiles.push((
                MY_PICTOGRAMS.path.to_owned(),
                I18n::ta_in(language, MY_PICTOGRAMS.name_id, &[]),
            ));
        }
        tiles.extend(components.iter().map(|c| {
            let symbol = component_symbol(*c);
            (
                symbol.path.to_owned(),
                I18n::ta_in(language, symbol.name_id, &[]),
            )
        }));
        let n = usize::from(grid.items());
        (0..n)
            .map(|index| match tiles.get(index) {
                Some((src, label)) => view! {
                    <span class="pk-choice-mini">
                        <img class="pk-choice-mini__img" src=src.clone() alt="" />
                        {show_labels.then(|| view! { <span class="pk-choice-mini__label">{label.clone()}</span> })}
                    </span>
                }
                .into_any(),
                None => view! { <span class="pk-choice-mini pk-choice-mini--empty"></span> }.into_any(),
            })
            .collect_view()
    };
    view! {
        <span
            class="pk-choice-preview"
            aria-hidden="true"
            data-theme=theme.as_str()
            data-text-size=text_size.as_str()
        >
            <span class=format!("pk-choice-preview__grid pk-choice-preview__grid--{}", grid.items())>
                {cells}
            </span>
            {voice.map(|voice| view! {
                <span class="pk-choice-preview__voice">
                    {speaker("pk-choice-preview__speaker")}
                    <span>{voice}</span>
                </span>
            })}
        </span>
    }
}

/// An option as the person sees it: its picture, or the live preview of its configuration.
#[component]
fn OptionPicture(profile: Signal<Profile>, option: ChoiceOption) -> impl IntoView {
    let state = use_state();
    let pictograms = use_pictograms();
    match (option.picto(), option.change()) {
        (Some(picto), _) => {
            pictograms.ensure_loaded();
            let picto = picto.clone();
            let src = move || {
                let (lang, theme) = profile.with(|p| (p.settings.language, p.settings.theme));
                picture_src(pictograms, &state, &picto, lang, theme).unwrap_or_default()
            };
            view! { <img class="pk-choice-picture" src=src alt="" /> }.into_any()
        }
        (None, Some(change)) => {
            view! { <LivePreview profile=profile change=change.clone() /> }.into_any()
        }
        (None, None) => ().into_any(),
    }
}

/// The choice boards of a person, on the workshop's home.
#[component]
pub fn ChoiceSection(profile_id: String) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let router = use_router();
    let id = StoredValue::new(profile_id);
    let record = Memo::new(move |_| id.with_value(|id| choices_of(&state, id)));
    let rows = move || {
        let (record, _) = record.get();
        record
            .boards
            .iter()
            .rev()
            .map(|board| {
                let count = i18n.ta(
                    "choice-options-count",
                    &[("n", &board.options.len().to_string())],
                );
                let last = match record.last_choice(&board.id) {
                    Some(choice) => {
                        let label = record
                            .option_of(choice)
                            .map(|o| o.label.clone())
                            .unwrap_or_default();
                        let when = when_words(i18n.lang.get(), choice.at_ms);
                        i18n.ta("choice-last", &[("option", &label), ("when", &when)])
                    }
                    None => i18n.t("choice-not-chosen-yet"),
                };
                let target = Place::Choice(board.id.clone());
                view! {
                    <li>
                        <button
                            type="button"
                            class="pk-choice-row"
                            on:click=move |_| id.with_value(|id| router.go(target.route(id)))
                        >
                            <span class="pk-choice-row__question">{board.question.clone()}</span>
                            <span class="pk-choice-row__meta">{count} " · " {last}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="pk-fac-section" aria-labelledby="pk-ws-choices-title">
            <h2 id="pk-ws-choices-title" class="pk-section-title">{move || i18n.t("choice-title")}</h2>
            <p class="pk-fac-hint">{move || i18n.t("choice-hint")}</p>
            <Show when=move || record.with(|r| r.1)>
                <p class="pk-message pk-message--warning" role="status">{move || i18n.t(TOO_NEW_MESSAGE_ID)}</p>
            </Show>
            <Show
                when=move || !record.with(|r| r.0.boards.is_empty())
                fallback=move || view! { <p class="pk-empty">{move || i18n.t("choice-none")}</p> }
            >
                <ul class="pk-choice-rows" role="list">{rows}</ul>
            </Show>
            <div class="pk-fac-actions">
                <button
                    type="button"
                    class="pk-button pk-button--primary"
                    disabled=move || record.with(|r| r.1)
                    on:click=move |_| id.with_value(|id| router.go(Place::Choice("new".into()).route(id)))
                >
                    {move || i18n.t("choice-new")}
                </button>
            </div>
        </section>
    }
}

/// A choice board's screens for the facilitator (`rest`: `new`, `<board>`, `<board>/edit`).
#[component]
pub fn ChoiceScreen(profile_id: String, rest: String) -> impl IntoView {
    let Some(person) = ForPerson::of(&profile_id) else {
        return home();
    };
    let (state, _, _, profile) = person.parts();
    match rest.split_once('/') {
        _ if rest == "new" => view! { <BoardEditor profile=profile board=None /> }.into_any(),
        Some((board, "edit")) => {
            let board = choices_of(&state, &profile_id).0.board(board).cloned();
            match board {
                Some(board) => {
                    view! { <BoardEditor profile=profile board=Some(board) /> }.into_any()
                }
                None => view! { <Missing profile=profile /> }.into_any(),
            }
        }
        _ => view! { <BoardScreen profile=profile board_id=rest /> }.into_any(),
    }
}

/// A board that is not there (deleted, or a wrong link).
#[component]
fn Missing(profile: Signal<Profile>) -> impl IntoView {
    let i18n = use_i18n();
    let router = use_router();
    let name = move || profile.with(|p| p.settings.name.clone());
    view! {
        <FacilitatorFrame title=Signal::derive(move || i18n.t("choice-title"))>
            <p class="pk-empty">{move || i18n.t("choice-problem-not-found")}</p>
            <div class="pk-fac-actions">
                <button
                    type="button"
                    class="pk-button"
                    on:click=move |_| router.go(Place::Home.route(&profile.with_untracked(|p| p.id.clone())))
                >
                    {move || i18n.ta("choice-back", &[("name", &name())])}
                </button>
            </div>
        </FacilitatorFrame>
    }
}

/// The pairs of configurations offered with one tap ("4 or 9 pictures per screen").
#[derive(Clone, Copy, PartialEq, Eq)]
enum Preset {
    Grid,
    Text,
    Theme,
    Words,
}

impl Preset {
    const ALL: [Preset; 4] = [Preset::Grid, Preset::Text, Preset::Theme, Preset::Words];

    fn message_id(self) -> &'static str {
        match self {
            Preset::Grid => "choice-preset-grid",
            Preset::Text => "choice-preset-text",
            Preset::Theme => "choice-preset-theme",
            Preset::Words => "choice-preset-words",
        }
    }

    /// Its two options, labelled in the person's language.
    fn options(self, lang: Language) -> [(String, SettingsChange); 2] {
        let grid = |n: GridDensity| {
            (
                I18n::ta_in(lang, "choice-label-grid", &[("n", &n.items().to_string())]),
                SettingsChange {
                    grid: Some(n),
                    ..SettingsChange::default()
                },
            )
        };
        let text = |size: TextSize, id: &str| {
            (
                I18n::ta_in(lang, id, &[]),
                SettingsChange {
                    text_size: Some(size),
                    ..SettingsChange::default()
                },
            )
        };
        let theme = |theme: Theme| {
            let name = I18n::ta_in(lang, theme_message(theme), &[]);
            (
                I18n::ta_in(lang, "choice-label-theme", &[("theme", &name)]),
                SettingsChange {
                    theme: Some(theme),
                    ..SettingsChange::default()
                },
            )
        };
        let words = |on: bool, id: &str| {
            (
                I18n::ta_in(lang, id, &[]),
                SettingsChange {
                    show_labels: Some(on),
                    ..SettingsChange::default()
                },
            )
        };
        match self {
            Preset::Grid => [grid(GridDensity::Four), grid(GridDensity::Nine)],
            Preset::Text => [
                text(TextSize::Normal, "choice-label-text-normal"),
                text(TextSize::Large, "choice-label-text-large"),
            ],
            Preset::Theme => [theme(Theme::Default), theme(Theme::Dark)],
            Preset::Words => [
                words(true, "choice-label-words-on"),
                words(false, "choice-label-words-off"),
            ],
        }
    }
}

/// Makes or changes a board: its question and 2 to 6 options.
#[component]
fn BoardEditor(profile: Signal<Profile>, board: Option<Board>) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let router = use_router();
    let speech = use_speech();
    let pictograms = use_pictograms();
    pictograms.ensure_loaded();
    let pid = profile.with_untracked(|p| p.id.clone());
    let editing = board.is_some();
    let board_id = StoredValue::new(board.as_ref().map(|b| b.id.clone()));
    let created = board.as_ref().map(|b| b.created_ms);
    let question = RwSignal::new(
        board
            .as_ref()
            .map(|b| b.question.clone())
            .unwrap_or_default(),
    );
    let options = RwSignal::new(board.map(|b| b.options).unwrap_or_default());
    let problems = RwSignal::new(Vec::<&'static str>::new());
    let picker_open = RwSignal::new(false);
    let lang = Signal::derive(move || profile.with(|p| p.settings.language));
    let name = move || profile.with(|p| p.settings.name.clone());
    let full = move || options.with(Vec::len) >= MAX_OPTIONS;
    let add = move |new: Vec<(String, pictokit_domain::choice::What)>| {
        options.update(|options| {
            for (label, what) in new {
                if options.len() >= MAX_OPTIONS {
                    break;
                }
                options.push(ChoiceOption {
                    id: new_id("o"),
                    label,
                    what,
                });
            }
        });
    };
    let on_pick = Callback::new(move |picked: Vec<PictoRef>| {
        let library = pictograms.library();
        let lang = lang.get_untracked();
        let new = picked
            .into_iter()
            .map(|picto| {
                let label = show(library.as_deref(), &state, &picto, lang, false)
                    .map(|shown| shown.label)
                    .unwrap_or_default();
                (label, pictokit_domain::choice::What::Picture { picto })
            })
            .collect();
        add(new);
    });
    // Two ways of seeing the screen can be combined into the two options already there
    // ("9 pictures, dark colours") instead of adding two more.
    let combine = RwSignal::new(false);
    let can_combine = Memo::new(move |_| {
        options.with(|options| options.len() == 2 && options.iter().all(|o| o.change().is_some()))
    });
    let add_preset = move |preset: Preset| {
        let pair = preset.options(lang.get_untracked());
        if combine.get_untracked() && can_combine.get_untracked() {
            options.update(|options| {
                combine_pair(options, pair, ", ");
            });
            return;
        }
        let new = pair
            .into_iter()
            .map(|(label, change)| (label, pictokit_domain::choice::What::Setting { change }))
            .collect();
        add(new);
    };
    let voices = Memo::new(move |_| speech.voices_for(lang.get()));
    let add_voices = move |_| {
        let new = voices
            .get_untracked()
            .into_iter()
            .take(2)
            .map(|voice| {
                let label: String = voice.name.chars().take(60).collect();
                (
                    label,
                    pictokit_domain::choice::What::Setting {
                        change: SettingsChange {
                            voice: Some(voice.name),
                            ..SettingsChange::default()
                        },
                    },
                )
            })
            .collect();
        add(new);
    };
    let pid_save = pid.clone();
    let save = move || {
        let id = board_id.get_value().unwrap_or_else(|| new_id("b"));
        let made = Board::new(
            &id,
            &question.get_untracked(),
            options.get_untracked(),
            created.unwrap_or_else(now_ms),
        );
        let board = match made {
            Ok(board) => board,
            Err(found) => {
                problems.set(words_of(&found));
                return;
            }
        };
        let saved = update_choices(state, &pid_save, |record| {
            if editing {
                record.replace_board(board)
            } else {
                record.add_board(board)
            }
        });
        match saved {
            None => problems.set(vec![TOO_NEW_MESSAGE_ID]),
            Some(Err(found)) => problems.set(words_of(&found)),
            Some(Ok(())) => {
                problems.set(Vec::new());
                router.go(Place::Choice(id).route(&pid_save));
            }
        }
    };
    let pid_cancel = pid.clone();
    let cancel = move |_| {
        let place = match board_id.get_value() {
            Some(id) => Place::Choice(id),
            None => Place::Home,
        };
        router.go(place.route(&pid_cancel));
    };
    let title = move || {
        if editing {
            i18n.t("choice-edit-title")
        } else {
            i18n.ta("choice-new-title", &[("name", &name())])
        }
    };
    let rows = move || {
        options
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, option)| {
                let n = (index + 1).to_string();
                let field = i18n.ta("choice-option-words", &[("n", &n)]);
                let remove = i18n.ta("choice-option-remove-n", &[("n", &n)]);
                let what = match option.change() {
                    Some(change) => change_words(i18n, change),
                    None => i18n.t("choice-option-picture"),
                };
                let oid = option.id.clone();
                let oid_remove = option.id.clone();
                let label = option.label.clone();
                let what = (what != label).then(|| view! { <p class="pk-choice-edit__what">{what}</p> });
                view! {
                    <li class="pk-choice-edit">
                        <span class="pk-choice-edit__picture">
                            <OptionPicture profile=profile option=option />
                        </span>
                        <div class="pk-choice-edit__text">
                            <label class="pk-field">
                                <span class="pk-field__label">{field}</span>
                                <input
                                    class="pk-input"
                                    type="text"
                                    maxlength="60"
                                    prop:value=label
                                    on:input=move |ev| {
                                        // Kept without drawing the list again: the field
                                        // already shows it, and redrawing would replace
                                        // the field being typed in.
                                        let value = event_target_value(&ev);
                                        options.update_untracked(|options| {
                                            if let Some(o) = options.iter_mut().find(|o| o.id == oid) {
                                                o.label = value;
                                            }
                                        });
                                    }
                                />
                            </label>
                            {what}
                        </div>
                        <button
                            type="button"
                            class="pk-button pk-button--danger"
                            aria-label=remove
                            on:click=move |_| options.update(|options| options.retain(|o| o.id != oid_remove))
                        >
                            {i18n.t("choice-option-remove")}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <FacilitatorFrame title=Signal::derive(title)>
            <form class="pk-choice-editor" on:submit=move |ev| { ev.prevent_default(); save(); }>
                <label class="pk-field">
                    <span class="pk-field__label">{move || i18n.t("choice-question")}</span>
                    <input
                        class="pk-input"
                        type="text"
                        maxlength=MAX_QUESTION_CHARS.to_string()
                        prop:value=move || question.get()
                        on:input=move |ev| question.set(event_target_value(&ev))
                    />
                </label>
                <p class="pk-fac-hint">{move || i18n.ta("choice-question-hint", &[("name", &name())])}</p>
                <h2 class="pk-section-title">{move || i18n.t("choice-options-title")}</h2>
                <p class="pk-fac-hint">{move || i18n.t("choice-options-hint")}</p>
                <Show
                    when=move || !options.with(Vec::is_empty)
                    fallback=move || view! { <p class="pk-empty">{move || i18n.t("choice-options-none")}</p> }
                >
                    <ol class="pk-choice-edits">{rows}</ol>
                </Show>
                <section class="pk-choice-add" aria-labelledby="pk-choice-add-pictures">
                    <h3 id="pk-choice-add-pictures" class="pk-choice-add__title">{move || i18n.t("choice-add-pictures-title")}</h3>
                    <button type="button" class="pk-button" disabled=full on:click=move |_| picker_open.set(true)>
                        {move || i18n.t("choice-add-pictures")}
                    </button>
                </section>
                <section class="pk-choice-add" aria-labelledby="pk-choice-add-ways">
                    <h3 id="pk-choice-add-ways" class="pk-choice-add__title">{move || i18n.t("choice-add-ways-title")}</h3>
                    <p class="pk-fac-hint">{move || i18n.ta("choice-add-ways-hint", &[("name", &name())])}</p>
                    <Show when=move || can_combine.get()>
                        <label class="pk-check">
                            <input
                                type="checkbox"
                                prop:checked=move || combine.get()
                                on:change=move |ev| combine.set(event_target_checked(&ev))
                            />
                            <span>{move || i18n.t("choice-combine")}</span>
                        </label>
                    </Show>
                    <div class="pk-fac-actions">
                        {Preset::ALL
                            .into_iter()
                            .map(|preset| view! {
                                <button
                                    type="button"
                                    class="pk-button"
                                    disabled=move || full() && !(combine.get() && can_combine.get())
                                    on:click=move |_| add_preset(preset)
                                >
                                    {move || i18n.t(preset.message_id())}
                                </button>
                            })
                            .collect_view()}
                        <Show when=move || { voices.with(Vec::len) >= 2 }>
                            <button type="button" class="pk-button" disabled=full on:click=add_voices>
                                {move || i18n.t("choice-preset-voices")}
                            </button>
                        </Show>
                    </div>
                    <Show when=move || { voices.with(Vec::len) < 2 }>
                        <p class="pk-fac-hint">
                            {move || i18n.ta("choice-voices-few", &[("language", lang.get().endonym())])}
                        </p>
                    </Show>
                </section>
                <div role="alert" class="pk-choice-problems">
                    {move || problems.get().into_iter().map(|id| view! { <p class="pk-field__error">{i18n.t(id)}</p> }).collect_view()}
                </div>
                <div class="pk-fac-actions">
                    <button type="submit" class="pk-button pk-button--primary">{move || i18n.t("choice-save")}</button>
                    <button type="button" class="pk-button" on:click=cancel>{move || i18n.t("choice-cancel")}</button>
                </div>
            </form>
            <PictoPicker open=picker_open profile_id=pid multiple=true on_pick=on_pick />
        </FacilitatorFrame>
    }
    .into_any()
}

/// The message ids of some problems, each once.
fn words_of(problems: &[ChoiceProblem]) -> Vec<&'static str> {
    let mut out = Vec::new();
    for problem in problems {
        let id = problem.message_id();
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// A board: its options, "Choose with…", and the choices made.
#[component]
fn BoardScreen(profile: Signal<Profile>, board_id: String) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let router = use_router();
    let pid = StoredValue::new(profile.with_untracked(|p| p.id.clone()));
    let bid = StoredValue::new(board_id);
    let record = Memo::new(move |_| pid.with_value(|pid| choices_of(&state, pid)));
    let board = Memo::new(move |_| record.with(|(r, _)| bid.with_value(|b| r.board(b).cloned())));
    if board.get_untracked().is_none() {
        return view! { <Missing profile=profile /> }.into_any();
    }
    let name = move || profile.with(|p| p.settings.name.clone());
    let question =
        move || board.with(|b| b.as_ref().map(|b| b.question.clone()).unwrap_or_default());
    let confirm_delete = RwSignal::new(false);
    let choose = move |_| {
        let route = Turn::Choice(bid.get_value()).route(&pid.get_value());
        try_as_person_at(state, router, route);
    };
    let options = move || {
        board.get().map(|board| {
            board
                .options
                .into_iter()
                .map(|option| {
                    let what = match option.change() {
                        Some(change) => change_words(i18n, change),
                        None => i18n.t("choice-option-picture"),
                    };
                    let label = option.label.clone();
                    let what = (what != label)
                        .then(|| view! { <p class="pk-choice-card__what">{what}</p> });
                    view! {
                        <li class="pk-choice-card">
                            <span class="pk-choice-card__picture">
                                <OptionPicture profile=profile option=option />
                            </span>
                            <p class="pk-choice-card__label">{label}</p>
                            {what}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let apply = move |choice_id: String| {
        let Some(mut person) = state.profile(&pid.get_value()) else {
            return;
        };
        let change = record.with_untracked(|(r, _)| r.change_of(&choice_id));
        let Ok(change) = change else {
            return;
        };
        change.apply_to(&mut person.settings);
        person.updated_ms = now_ms();
        state.save_profile(person);
        let marked = update_choices(state, &pid.get_value(), |r| {
            r.mark_applied(&choice_id, now_ms())
        });
        let message = match marked {
            Some(Ok(())) => i18n.ta("choice-applied-toast", &[("name", &name())]),
            Some(Err(problem)) => i18n.t(problem.message_id()),
            None => i18n.t(TOO_NEW_MESSAGE_ID),
        };
        state.toast.set(Some(Toast {
            message,
            undo_restore: None,
        }));
    };
    let choices = move || {
        let (record, frozen) = record.get();
        let (history, _) = history_of(&state, &pid.get_value());
        let settings = profile.with(|p| p.settings.clone());
        let lang = i18n.lang.get();
        record
            .choices_of(&bid.get_value())
            .into_iter()
            .map(|choice| {
                let option = record.option_of(choice).cloned();
                let label = option.as_ref().map(|o| o.label.clone()).unwrap_or_default();
                let when = when_words(lang, choice.at_ms);
                let workshop = choice.workshop.as_ref().and_then(|id| {
                    history.workshops().iter().find(|w| &w.id == id).map(|w| w.name.clone())
                });
                let change = option.as_ref().and_then(|o| o.change().cloned());
                let state_view = match (change, choice.applied_ms) {
                    (Some(_), Some(at)) => view! {
                        <p class="pk-choice-made__applied">
                            <span aria-hidden="true">"✓ "</span>
                            {i18n.ta("choice-applied-on", &[("when", &when_words(lang, at))])}
                        </p>
                    }
                    .into_any(),
                    (Some(change), None) if change.would_change(&settings) && !frozen => {
                        let cid = choice.id.clone();
                        view! {
                            <button type="button" class="pk-button pk-button--primary" on:click=move |_| apply(cid.clone())>
                                {i18n.ta("choice-apply", &[("name", &settings.name)])}
                            </button>
                        }
                        .into_any()
                    }
                    (Some(_), None) => view! {
                        <p class="pk-choice-made__applied">{i18n.ta("choice-already", &[("name", &settings.name)])}</p>
                    }
                    .into_any(),
                    (None, _) => ().into_any(),
                };
                view! {
                    <li class="pk-choice-made">
                        <div class="pk-choice-made__text">
                            <p class="pk-choice-made__what">{i18n.ta("choice-chose", &[("name", &settings.name), ("option", &label)])}</p>
                            <p class="pk-choice-made__meta">
                                <time>{when}</time>
                                {workshop.map(|w| view! { " · " <span>{w}</span> })}
                            </p>
                        </div>
                        {state_view}
                    </li>
                }
            })
            .collect_view()
    };
    let any_choice = move || record.with(|(r, _)| !r.choices_of(&bid.get_value()).is_empty());
    let on_delete = Callback::new(move |()| {
        confirm_delete.set(false);
        update_choices(state, &pid.get_value(), |r| {
            r.remove_board(&bid.get_value())
        });
        router.go(Place::Home.route(&pid.get_value()));
    });
    view! {
        <FacilitatorFrame title=Signal::derive(move || i18n.ta("choice-board-title", &[("question", &question())]))>
            <div class="pk-fac-actions">
                <button type="button" class="pk-button pk-button--primary" on:click=choose>
                    {move || i18n.ta("choice-choose-with", &[("name", &name())])}
                </button>
                <button
                    type="button"
                    class="pk-button"
                    disabled=move || record.with(|r| r.1)
                    on:click=move |_| router.go(Place::Choice(format!("{}/edit", bid.get_value())).route(&pid.get_value()))
                >
                    {move || i18n.t("choice-edit")}
                </button>
                <button type="button" class="pk-button" on:click=move |_| router.go(Place::Home.route(&pid.get_value()))>
                    {move || i18n.ta("choice-back", &[("name", &name())])}
                </button>
                <button
                    type="button"
                    class="pk-button pk-button--danger"
                    disabled=move || record.with(|r| r.1)
                    on:click=move |_| confirm_delete.set(true)
                >
                    {move || i18n.t("choice-delete")}
                </button>
            </div>
            <section class="pk-fac-section" aria-labelledby="pk-choice-options-title">
                <h2 id="pk-choice-options-title" class="pk-section-title">{move || i18n.t("choice-options-title")}</h2>
                <ul class="pk-choice-cards" role="list">{options}</ul>
            </section>
            <section class="pk-fac-section" aria-labelledby="pk-choice-made-title">
                <h2 id="pk-choice-made-title" class="pk-section-title">{move || i18n.t("choice-made-title")}</h2>
                <Show
                    when=any_choice
                    fallback=move || view! { <p class="pk-empty">{move || i18n.t("choice-not-chosen-yet")}</p> }
                >
                    <ul class="pk-choice-mades" role="list">{choices}</ul>
                </Show>
            </section>
            <ConfirmDialog
                open=confirm_delete
                title=Signal::derive(move || i18n.t("choice-delete-title"))
                body=Signal::derive(move || i18n.t("choice-delete-body"))
                confirm_label=Signal::derive(move || i18n.t("choice-delete"))
                cancel_label=Signal::derive(move || i18n.t("choice-delete-keep"))
                on_confirm=on_delete
                on_cancel=Callback::new(move |()| confirm_delete.set(false))
            />
        </FacilitatorFrame>
    }
    .into_any()
}

/// Taps this soon after the person's screen changed are taken as the same hard tap.
const REPEAT_TAP_MS: u64 = 700;

/// The person choosing on a board, in person mode (`rest`: `<board>` while choosing,
/// `<board>/<choice>` once chosen).
#[component]
pub fn ChoiceTurn(profile: Signal<Profile>, rest: String) -> impl IntoView {
    let ctx = PersonCtx::new(profile);
    let PersonCtx {
        state,
        i18n,
        speech,
        router,
        ..
    } = ctx;
    let (board_id, chosen) = match rest.split_once('/') {
        Some((board, choice)) => (board.to_owned(), Some(choice.to_owned())),
        None => (rest.clone(), None),
    };
    let pid = StoredValue::new(profile.with_untracked(|p| p.id.clone()));
    let bid = StoredValue::new(board_id);
    let record = Memo::new(move |_| pid.with_value(|pid| choices_of(&state, pid).0));
    let board = Memo::new(move |_| record.with(|r| bid.with_value(|b| r.board(b).cloned())));
    let say = move |text: &str, voice: Option<String>| {
        let mut settings = profile.with_untracked(|p| p.settings.clone());
        if voice.is_some() {
            settings.speech.voice = voice;
        }
        speech.say(text, settings.language, &settings.speech);
    };
    let Some(question) = board.with_untracked(|b| b.as_ref().map(|b| b.question.clone())) else {
        return view! { <p class="pk-empty">{move || i18n.t("choice-person-missing")}</p> }
            .into_any();
    };
    let black = move || ctx.black();
    // A hard tap that lands twice must not choose and then choose again at once: taps this
    // soon after the screen changed are taken as the same tap.
    let shown_at = now_ms();
    let settled = move || now_ms().saturating_sub(shown_at) >= REPEAT_TAP_MS;
    if let Some(choice_id) = chosen {
        let option = Memo::new(move |_| {
            record.with(|r| r.choice(&choice_id).and_then(|c| r.option_of(c)).cloned())
        });
        let again = move |_| {
            if !settled() {
                return;
            }
            say(&i18n.t("choice-person-again"), None);
            router.replace(Turn::Choice(bid.get_value()).route(&pid.get_value()));
        };
        return view! {
            <div class="pk-choice-turn pk-choice-turn--done">
                {move || option.get().map(|option| {
                    let label = option.label.clone();
                    // What is shown is said: "You chose 9 pictures per screen".
                    say(
                        &format!("{} {label}", i18n.t("choice-person-you-chose")),
                        option.change().and_then(|c| c.voice.clone()),
                    );
                    view! {
                        <p class="pk-choice-done__said" role="status">
                            {i18n.t("choice-person-you-chose")} " " <strong>{label}</strong>
                        </p>
                        <div class="pk-choice-done__picture" data-main-picture="">
                            <OptionPicture profile=profile option=option />
                        </div>
                    }
                })}
                <button type="button" class="pk-big-button pk-choice-again" data-main-action="" on:click=again>
                    <img src=move || ui::AGAIN.path(black()) alt="" />
                    <span>{move || i18n.t("choice-person-again")}</span>
                </button>
            </div>
        }
        .into_any();
    }
    let said = question.clone();
    // The question is read aloud when the board opens, and on a tap.
    let asked = StoredValue::new(false);
    Effect::new(move |_| {
        if !asked.get_value() {
            asked.set_value(true);
            say(&said, None);
        }
    });
    let tap = move |option: ChoiceOption| {
        if !settled() {
            return;
        }
        // The next screen says "You chose …" (in the option's voice, for a voice).
        let workshop = history_of(&state, &pid.get_value())
            .0
            .current_workshop()
            .map(|w| w.id.clone());
        let choice_id = new_id("c");
        let made = update_choices(state, &pid.get_value(), |r| {
            r.choose(&choice_id, &bid.get_value(), &option.id, workshop, now_ms())
                .map(|c| c.id.clone())
        });
        if let Some(Ok(id)) = made {
            router.replace(
                Turn::Choice(format!("{}/{}", bid.get_value(), id)).route(&pid.get_value()),
            );
        }
    };
    let options = move || {
        let board = board.get();
        let n = board.as_ref().map(|b| b.options.len()).unwrap_or(0);
        let tiles = board
            .map(|board| {
                board
                    .options
                    .into_iter()
                    .map(|option| {
                        let label = option.label.clone();
                        let tapped = option.clone();
                        view! {
                            <button type="button" class="pk-choice-option" on:click=move |_| tap(tapped.clone())>
                                <span class="pk-choice-option__picture" data-main-picture="">
                                    <OptionPicture profile=profile option=option />
                                </span>
                                <span class="pk-choice-option__label">{label}</span>
                            </button>
                        }
                    })
                    .collect_view()
            });
        view! {
            <div class=format!("pk-choice-options pk-choice-options--{n}") data-main-action="">
                {tiles}
            </div>
        }
    };
    let question_text = question.clone();
    view! {
        <div class="pk-choice-turn">
            <button type="button" class="pk-choice-question" on:click=move |_| say(&question_text, None)>
                {speaker("pk-choice-question__speaker")}
                <span>{question}</span>
            </button>
            {options}
        </div>
    }
    .into_any()
}
