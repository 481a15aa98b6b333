//! The profile editor: everything a facilitator sets for a person, on one calm page.

use leptos::prelude::*;
use leptos::task::spawn_local;
use pictokit_domain::picto::PictoRef;
use pictokit_domain::profile::{
    Avatar, Component, GridDensity, ProfileDraft, ProfileProblem, TextSize, Theme,
    MAX_RATE_PERCENT, MIN_RATE_PERCENT,
};
use pictokit_domain::Language;
use pictokit_pictograms::{component_symbol, AVATARS};
use pictokit_shell::frame::FacilitatorFrame;
use pictokit_shell::i18n::{use_i18n, I18n};
use pictokit_shell::looks::{avatar_src, theme_message};
use pictokit_shell::photo::{avatar_from_file, take_chosen_file};
use pictokit_shell::picker::PictoPicker;
use pictokit_shell::routes::{use_router, Route};
use pictokit_shell::speech::{use_speech, SpeechStatus};
use pictokit_shell::state::{new_id, now_ms, use_state, Toast};

fn text_size_message(size: TextSize) -> &'static str {
    match size {
        TextSize::Normal => "text-size-normal",
        TextSize::Large => "text-size-large",
        TextSize::ExtraLarge => "text-size-extra-large",
    }
}

/// A group of large radio choices, by position (one non-generic component keeps the wasm small).
#[component]
pub(crate) fn Choices(
    /// The group's name, unique on the page.
    name: &'static str,
    /// The question.
    legend: Signal<String>,
    /// The words of each choice, in order.
    options: Vec<Signal<String>>,
    /// The position of the chosen one.
    chosen: Signal<usize>,
    /// Called with the position of the new choice.
    on_choose: Callback<usize>,
    /// Extra class for the group.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    view! {
        <fieldset class=format!("pk-fieldset {class}")>
            <legend class="pk-field__label">{move || legend.get()}</legend>
            <div class="pk-choices">
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(idx, label)| {
                        view! {
                            <label class="pk-choice">
                                <input
                                    type="radio"
                                    name=name
                                    prop:checked=move || chosen.get() == idx
                                    on:change=move |_| on_choose.run(idx)
                                />
                                <span>{move || label.get()}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// The position of `value` in `all` (0 if absent).
pub(crate) fn position<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter()
        .position(|candidate| candidate == value)
        .unwrap_or_default()
}

pub(crate) fn message(i18n: I18n, id: &'static str) -> Signal<String> {
    Signal::derive(move || i18n.t(id))
}

/// Creates or edits a profile.
#[component]
pub fn EditorScreen(
    /// The profile edited; `None` for a new one.
    profile_id: Option<String>,
) -> impl IntoView {
    let state = use_state();
    let router = use_router();
    let i18n = use_i18n();
    let speech = use_speech();
    let original = profile_id.as_deref().and_then(|id| state.profile(id));
    let draft = RwSignal::new(match &original {
        Some(profile) => profile.settings.clone(),
        None => ProfileDraft {
            language: i18n.lang.get_untracked(),
            ..ProfileDraft::default()
        },
    });
    let problems = RwSignal::new(Vec::<ProfileProblem>::new());
    let photo_problem = RwSignal::new(None::<ProfileProblem>);
    let has = move |problem: ProfileProblem| problems.with(|p| p.contains(&problem));
    let title = {
        let original_name = original.as_ref().map(|p| p.settings.name.clone());
        Signal::derive(move || match &original_name {
            Some(name) => i18n.ta("editor-title-edit", &[("name", name)]),
            None => i18n.t("editor-title-new"),
        })
    };
    let lang = Signal::derive(move || draft.with(|d| d.language));
    let picker_profile = original.as_ref().map(|p| p.id.clone());
    let team_person = picker_profile.clone();

    let save = move || {
        let candidate = draft.get_untracked();
        let found = candidate.problems();
        if !found.is_empty() {
            problems.set(found);
            return;
        }
        let id = original
            .as_ref()
            .map(|p| p.id.clone())
            .unwrap_or_else(|| new_id("p"));
        match candidate.validate(&id, now_ms()) {
            Ok(mut profile) => {
                if let Some(original) = &original {
                    profile.created_ms = original.created_ms;
                }
                crate::home::show_after_save(profile.id.clone());
                state.save_profile(profile);
                state.toast.set(Some(Toast {
                    message: i18n.t("saved"),
                    undo_restore: None,
                }));
                router.go(Route::Facilitator);
            }
            Err(found) => problems.set(found),
        }
    };

    let on_photo = move |event: leptos::ev::Event| {
        let Some(file) = take_chosen_file(&event) else {
            return;
        };
        spawn_local(async move {
            match avatar_from_file(&file).await {
                Ok(url) => {
                    photo_problem.set(None);
                    draft.update(|d| d.avatar = Avatar::Photo(url));
                }
                Err(problem) => photo_problem.set(Some(problem)),
            }
        });
    };

    // Any pictogram of the library, a photo or an ARASAAC download, through the one picker.
    let avatar_picker = RwSignal::new(false);
    let on_avatar = Callback::new(move |chosen: Vec<PictoRef>| {
        let Some(picto) = chosen.into_iter().next() else {
            return;
        };
        let avatar = match &picto {
            PictoRef::Symbol(_) => Some(Avatar::Pictogram(picto.to_string())),
            other => other.media_id().and_then(|id| {
                state
                    .media
                    .with_untracked(|all| all.get(&id).map(|m| Avatar::Photo(m.data_url.clone())))
            }),
        };
        if let Some(avatar) = avatar {
            photo_problem.set(None);
            draft.update(|d| d.avatar = avatar);
        }
    });
    let quick_avatar = move || {
        draft.with(|d| {
            AVATARS
                .iter()
                .any(|symbol| d.avatar == Avatar::Pictogram(symbol.id.to_owned()))
        })
    };

    let speech_note = move || {
        let lang = lang.get();
        match speech.status(lang) {
            SpeechStatus::Ready => None,
            SpeechStatus::Unsupported => Some(i18n.t("speech-unsupported")),
            SpeechStatus::NoVoice => {
                Some(i18n.ta("speech-no-voices", &[("language", lang.endonym())]))
            }
        }
    };

    view! {
        <FacilitatorFrame title=title>
            <form
                class="pk-editor"
                novalidate
                on:submit=move |event| {
                    event.prevent_default();
                    save();
                }
            >
                <Show when=move || problems.with(|p| !p.is_empty())>
                    <p class="pk-message pk-message--error" role="alert">{move || i18n.t("editor-has-problems")}</p>
                </Show>

                {view! {
                <section class="pk-editor__section" aria-labelledby="pk-sec-person">
                    <h2 id="pk-sec-person" class="pk-section-title">{move || i18n.t("editor-section-person")}</h2>
                    <div class="pk-field">
                        <label class="pk-field__label" for="pk-name">{move || i18n.t("field-name")}</label>
                        <input
                            id="pk-name"
                            class="pk-input"
                            type="text"
                            autocomplete="off"
                            maxlength="80"
                            aria-invalid=move || (has(ProfileProblem::NameEmpty) || has(ProfileProblem::NameTooLong)).then_some("true")
                            aria-describedby="pk-name-error"
                            prop:value=move || draft.with(|d| d.name.clone())
                            on:input=move |event| {
                                let value = event_target_value(&event);
                                draft.update(|d| d.name = value);
                            }
                        />
                        <p id="pk-name-error" class="pk-field__error">
                            {move || {
                                problems
                                    .get()
                                    .into_iter()
                                    .find(|p| matches!(p, ProfileProblem::NameEmpty | ProfileProblem::NameTooLong))
                                    .map(|p| i18n.t(p.message_id()))
                            }}
                        </p>
                    </div>

                    <fieldset class="pk-fieldset">
                        <legend class="pk-field__label">{move || i18n.t("field-avatar")}</legend>
                        <div class="pk-avatars">
                            {AVATARS
                                .into_iter()
                                .map(|symbol| {
                                    let id = symbol.id;
                                    view! {
                                        <label class="pk-avatar-choice">
                                            <input
                                                type="radio"
                                                name="avatar"
                                                prop:checked=move || draft.with(|d| d.avatar == Avatar::Pictogram(id.to_owned()))
                                                on:change=move |_| draft.update(|d| d.avatar = Avatar::Pictogram(id.to_owned()))
                                            />
                                            <img src=symbol.path alt=move || i18n.t(symbol.name_id) />
                                        </label>
                                    }
                                })
                                .collect_view()}
                            <Show when=move || !quick_avatar()>
                                <label class="pk-avatar-choice">
                                    <input type="radio" name="avatar" checked=true />
                                    <img
                                        src=move || draft.with(|d| avatar_src(&d.avatar))
                                        alt=move || {
                                            let message = if draft.with(|d| matches!(d.avatar, Avatar::Photo(_))) {
                                                "avatar-photo-alt"
                                            } else {
                                                "avatar-pictogram-alt"
                                            };
                                            i18n.ta(message, &[("name", &draft.with(|d| d.name.clone()))])
                                        }
                                    />
                                </label>
                            </Show>
                        </div>
                        <div class="pk-fac-actions">
                            <button type="button" class="pk-button" on:click=move |_| avatar_picker.set(true)>
                                {move || i18n.t("avatar-choose-pictogram")}
                            </button>
                            <label class="pk-button pk-file-button">
                                <input class="pk-visually-hidden" type="file" accept="image/*" on:change=on_photo />
                                {move || i18n.t("avatar-choose-photo")}
                            </label>
                        </div>
                        <p class="pk-field__error" role="alert">
                            {move || photo_problem.get().map(|p| i18n.t(p.message_id()))}
                        </p>
                    </fieldset>

                    <Choices
                        name="language"
                        legend=message(i18n, "field-language")
                        options=Language::ALL.into_iter().map(|l| Signal::stored(l.endonym().to_owned())).collect()
                        chosen=Signal::derive(move || position(&Language::ALL, &lang.get()))
                        on_choose=Callback::new(move |idx: usize| draft.update(|d| {
                            d.language = Language::ALL[idx];
                            d.speech.voice = None;
                        }))
                    />
                </section>

                }.into_any()}
                {view! {
                <section class="pk-editor__section" aria-labelledby="pk-sec-speech">
                    <h2 id="pk-sec-speech" class="pk-section-title">{move || i18n.t("editor-section-speech")}</h2>
                    <label class="pk-check">
                        <input
                            type="checkbox"
                            prop:checked=move || draft.with(|d| d.speech.enabled)
                            on:change=move |event| {
                                let on = event_target_checked(&event);
                                draft.update(|d| d.speech.enabled = on);
                            }
                        />
                        <span>{move || i18n.t("field-speech")}</span>
                    </label>
                    {move || speech_note().map(|note| view! { <p class="pk-message pk-message--info" role="status">{note}</p> })}
                    <div class="pk-field">
                        <label class="pk-field__label" for="pk-voice">{move || i18n.t("field-voice")}</label>
                        <select
                            id="pk-voice"
                            class="pk-input"
                            on:change=move |event| {
                                let value = event_target_value(&event);
                                draft.update(|d| d.speech.voice = (!value.is_empty()).then_some(value));
                            }
                        >
                            <option value="" selected=move || draft.with(|d| d.speech.voice.is_none())>
                                {move || i18n.t("voice-default")}
                            </option>
                            {move || {
                                speech
                                    .voices_for(lang.get())
                                    .into_iter()
                                    .map(|voice| {
                                        let name = voice.name.clone();
                                        let selected = draft.with_untracked(|d| d.speech.voice.as_deref() == Some(name.as_str()));
                                        view! { <option value=voice.name.clone() selected=selected>{voice.name.clone()}</option> }
                                    })
                                    .collect_view()
                            }}
                        </select>
                    </div>
                    <div class="pk-field">
                        <label class="pk-field__label" for="pk-rate">{move || i18n.t("field-rate")}</label>
                        <div class="pk-range">
                            <input
                                id="pk-rate"
                                type="range"
                                min=MIN_RATE_PERCENT.to_string()
                                max=MAX_RATE_PERCENT.to_string()
                                step="10"
                                prop:value=move || draft.with(|d| d.speech.rate_percent.to_string())
                                on:input=move |event| {
                                    if let Ok(rate) = event_target_value(&event).parse::<u16>() {
                                        draft.update(|d| d.speech.rate_percent = rate);
                                    }
                                }
                            />
                            <output for="pk-rate">
                                {move || i18n.ta("rate-value", &[("percent", &draft.with(|d| d.speech.rate_percent.to_string()))])}
                            </output>
                        </div>
                    </div>
                    <button
                        type="button"
                        class="pk-button"
                        on:click=move |_| {
                            let d = draft.get_untracked();
                            let mut settings = d.speech.clone();
                            settings.enabled = true;
                            let sentence =
                                I18n::ta_in(d.language, "speech-test-sentence", &[("name", d.name.trim())]);
                            speech.say(&sentence, d.language, &settings);
                        }
                    >
                        <svg class="pk-icon" viewBox="0 0 24 24" aria-hidden="true">
                            <path d="M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11"></path>
                        </svg>
                        {move || i18n.t("speech-test")}
                    </button>
                </section>

                }.into_any()}
                {view! {
                <section class="pk-editor__section" aria-labelledby="pk-sec-screen">
                    <h2 id="pk-sec-screen" class="pk-section-title">{move || i18n.t("editor-section-screen")}</h2>
                    <Choices
                        name="grid"
                        legend=message(i18n, "field-grid")
                        class="pk-fieldset--grid"
                        options=GridDensity::ALL
                            .into_iter()
                            .map(|g| Signal::derive(move || i18n.ta("grid-option", &[("n", &g.items().to_string())])))
                            .collect()
                        chosen=Signal::derive(move || draft.with(|d| position(&GridDensity::ALL, &d.grid)))
                        on_choose=Callback::new(move |idx: usize| draft.update(|d| d.grid = GridDensity::ALL[idx]))
                    />
                    <Choices
                        name="text-size"
                        legend=message(i18n, "field-text-size")
                        options=TextSize::ALL.into_iter().map(|s| message(i18n, text_size_message(s))).collect()
                        chosen=Signal::derive(move || draft.with(|d| position(&TextSize::ALL, &d.text_size)))
                        on_choose=Callback::new(move |idx: usize| draft.update(|d| d.text_size = TextSize::ALL[idx]))
                    />
                    <Choices
                        name="theme"
                        legend=message(i18n, "field-theme")
                        class="pk-fieldset--themes"
                        options=Theme::ALL.into_iter().map(|t| message(i18n, theme_message(t))).collect()
                        chosen=Signal::derive(move || draft.with(|d| position(&Theme::ALL, &d.theme)))
                        on_choose=Callback::new(move |idx: usize| draft.update(|d| d.theme = Theme::ALL[idx]))
                    />
                    <label class="pk-check">
                        <input
                            type="checkbox"
                            prop:checked=move || draft.with(|d| d.show_labels)
                            on:change=move |event| {
                                let on = event_target_checked(&event);
                                draft.update(|d| d.show_labels = on);
                            }
                        />
                        <span>{move || i18n.t("field-show-labels")}</span>
                    </label>
                    <label class="pk-check">
                        <input
                            type="checkbox"
                            prop:checked=move || draft.with(|d| d.reduced_motion)
                            on:change=move |event| {
                                let on = event_target_checked(&event);
                                draft.update(|d| d.reduced_motion = on);
                            }
                        />
                        <span>{move || i18n.t("field-reduced-motion")}</span>
                    </label>
                </section>

                }.into_any()}
                {view! { <crate::access::AccessSection draft=draft /> }.into_any()}
                {view! {
                <section class="pk-editor__section" aria-labelledby="pk-sec-components">
                    <h2 id="pk-sec-components" class="pk-section-title">{move || i18n.t("editor-section-components")}</h2>
                    <div class="pk-components">
                        {Component::ALL
                            .into_iter()
                            .map(|component| {
                                let symbol = component_symbol(component);
                                view! {
                                    <label class="pk-check pk-check--component">
                                        <input
                                            type="checkbox"
                                            prop:checked=move || draft.with(|d| d.components.contains(&component))
                                            on:change=move |event| {
                                                let on = event_target_checked(&event);
                                                draft.update(|d| {
                                                    d.components.retain(|c| *c != component);
                                                    if on {
                                                        d.components.push(component);
                                                    }
                                                });
                                            }
                                        />
                                        <img src=symbol.path alt="" />
                                        <span>{move || i18n.t(symbol.name_id)}</span>
                                        {(!component.is_available())
                                            .then(|| view! { <span class="pk-badge">{move || i18n.t("component-coming-soon")}</span> })}
                                    </label>
                                }
                            })
                            .collect_view()}
                    </div>
                </section>

                }.into_any()}
                <div class="pk-editor__footer">
                    <button type="button" class="pk-button" on:click=move |_| router.go(Route::Facilitator)>
                        {move || i18n.t("cancel")}
                    </button>
                    <button type="submit" class="pk-button pk-button--primary pk-button--large">
                        {move || i18n.t("save")}
                    </button>
                </div>
            </form>
            // Sharing the person with their team (issue #24): outside the form above (the
            // section has forms of its own), for a person already saved.
            {team_person.map(|person| view! { <crate::team::TeamSection person=person /> })}
            <PictoPicker open=avatar_picker profile_id=picker_profile language=lang on_pick=on_avatar />
        </FacilitatorFrame>
    }
}
