//! Facilitator mode: a visible banner on every screen, the list of profiles and what can
//! be done with each (try, preview, edit, duplicate, delete and undo).

use leptos::prelude::*;
use pictokit_domain::profile::Component;
use pictokit_kit::ConfirmDialog;
use pictokit_shell::frame::summary;
use pictokit_shell::frame::{try_as_person, FacilitatorFrame};
use pictokit_shell::i18n::use_i18n;
use pictokit_shell::looks::avatar_src;
use pictokit_shell::routes::{use_router, Route};
use pictokit_shell::state::{new_id, now_ms, use_state, Toast};
use wasm_bindgen::JsCast;

thread_local! {
    /// The profile just saved by the editor, which the list shows and focuses once.
    static JUST_SAVED: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Asks the list of profiles to bring a profile into view and focus it (after saving it).
pub fn show_after_save(id: String) {
    JUST_SAVED.with(|saved| *saved.borrow_mut() = Some(id));
}

/// Brings the row of the profile just saved into view and focuses it.
fn reveal_saved() {
    let Some(id) = JUST_SAVED.with(|saved| saved.borrow_mut().take()) else {
        return;
    };
    let Some(row) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("[data-profile-row=\"{id}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    row.scroll_into_view_with_scroll_into_view_options(&options);
    let _ = row.focus();
}

/// The facilitator's home: every profile on the device, and the recently deleted ones.
#[component]
pub fn FacilitatorHome(
    /// The sections below the list that other components add (moving profiles between
    /// devices, answers files away, the locked table), in order.
    tools: fn() -> AnyView,
) -> impl IntoView {
    let state = use_state();
    let router = use_router();
    let i18n = use_i18n();
    let pending_delete = RwSignal::new(None::<(String, String)>);

    let confirm_delete = move |()| {
        if let Some((id, _)) = pending_delete.get_untracked() {
            if let Some(name) = state.delete_profile(&id) {
                state.toast.set(Some(Toast {
                    message: i18n.ta("deleted-toast", &[("name", &name)]),
                    undo_restore: Some(id),
                }));
            }
        }
        pending_delete.set(None);
    };
    let duplicate = move |id: String| {
        if let Some(profile) = state.profile(&id) {
            let name = i18n.ta("profile-copy-name", &[("name", &profile.settings.name)]);
            state.save_profile(profile.duplicate(&new_id("p"), &name, now_ms()));
        }
    };

    // After the frame is drawn: the profile just saved is shown, wherever it is in the list.
    Effect::new(move |_| {
        if state.profiles.with(|p| !p.is_empty()) {
            request_animation_frame(reveal_saved);
        }
    });

    view! {
        <FacilitatorFrame title=Signal::derive(move || i18n.t("fac-profiles-title"))>
            <crate::safekeeping::SafekeepingNotice />
            <Notices />
            <div class="pk-fac-actions">
                <button
                    type="button"
                    class="pk-button pk-button--primary"
                    on:click=move |_| router.go(Route::NewProfile)
                >
                    <span aria-hidden="true">"+ "</span>
                    {move || i18n.t("fac-new-profile")}
                </button>
            </div>
            <Show
                when=move || state.profiles.with(Vec::is_empty)
                fallback=move || view! { <p class="pk-fac-hint">{move || i18n.t("fac-lock-hint")}</p> }
            >
                <p class="pk-empty">{move || i18n.t("fac-profiles-empty")}</p>
            </Show>
            <ul class="pk-profile-list" role="list">
                <For
                    each=move || state.profiles.get()
                    key=|profile| (profile.id.clone(), profile.updated_ms)
                    let:profile
                >
                    {
                        let id = profile.id.clone();
                        let name = profile.settings.name.clone();
                        let named = move |message: &'static str| {
                            let name = name.clone();
                            move || i18n.ta(message, &[("name", &name)])
                        };
                        let summary_text = {
                            let profile = profile.clone();
                            move || summary(i18n, &profile.settings)
                        };
                        let (id_try, id_preview, id_edit, id_dup, id_del, id_board) =
                            (id.clone(), id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
                        let id_workshop = id.clone();
                        let delete_name = profile.settings.name.clone();
                        view! {
                            <li class="pk-profile-row" data-profile-row=id.clone() tabindex="-1">
                                <img class="pk-profile-row__avatar" src=avatar_src(&profile.settings.avatar) alt="" />
                                <div class="pk-profile-row__text">
                                    <h2 class="pk-profile-row__name">{profile.settings.name.clone()}</h2>
                                    <p class="pk-profile-row__summary">{summary_text}</p>
                                </div>
                                <div class="pk-profile-row__actions">
                                    <button
                                        type="button"
                                        class="pk-button pk-button--primary"
                                        on:click=move |_| try_as_person(state, router, id_try.clone())
                                    >
                                        {named("fac-try-name")}
                                    </button>
                                    <button
                                        type="button"
                                        class="pk-button"
                                        aria-label=named("fac-preview-name")
                                        on:click=move |_| router.go(Route::Preview(id_preview.clone()))
                                    >
                                        {move || i18n.t("fac-preview")}
                                    </button>
                                    <button
                                        type="button"
                                        class="pk-button"
                                        aria-label=named("fac-edit-name")
                                        on:click=move |_| router.go(Route::EditProfile(id_edit.clone()))
                                    >
                                        {move || i18n.t("fac-edit")}
                                    </button>
                                    <button
                                        type="button"
                                        class="pk-button"
                                        aria-label=named("fac-pictograms-name")
                                        on:click=move |_| router.go(Route::Board(id_board.clone()))
                                    >
                                        {move || i18n.t("fac-pictograms")}
                                    </button>
                                    {profile.components().contains(&Component::Shopping).then(|| {
                                        let id_shop = id.clone();
                                        view! {
                                            <button
                                                type="button"
                                                class="pk-button"
                                                aria-label=named("fac-shopping-name")
                                                on:click=move |_| router.go(Route::ShoppingLists(id_shop.clone()))
                                            >
                                                {move || i18n.t("fac-shopping")}
                                            </button>
                                        }
                                    })}
                                    {profile.components().contains(&Component::Questionnaire).then(|| {
                                        let id_quality = id.clone();
                                        view! {
                                            <button
                                                type="button"
                                                class="pk-button"
                                                aria-label=named("fac-quality-name")
                                                on:click=move |_| router.go(Route::Quality(id_quality.clone(), String::new()))
                                            >
                                                {move || i18n.t("fac-quality")}
                                            </button>
                                        }
                                    })}
                                    {profile.components().contains(&Component::Schedule).then(|| {
                                        let id_sched = id.clone();
                                        view! {
                                            <button
                                                type="button"
                                                class="pk-button"
                                                aria-label=named("fac-schedule-name")
                                                on:click=move |_| router.go(Route::Schedule(id_sched.clone()))
                                            >
                                                {move || i18n.t("fac-schedule")}
                                            </button>
                                        }
                                    })}
                                    <button
                                        type="button"
                                        class="pk-button"
                                        aria-label=named("fac-workshop-name")
                                        on:click=move |_| router.go(Route::Workshop(id_workshop.clone(), String::new()))
                                    >
                                        {move || i18n.t("fac-workshop")}
                                    </button>
                                    <button
                                        type="button"
                                        class="pk-button"
                                        aria-label=named("fac-duplicate-name")
                                        on:click=move |_| duplicate(id_dup.clone())
                                    >
                                        {move || i18n.t("fac-duplicate")}
                                    </button>
                                    <button
                                        type="button"
                                        class="pk-button pk-button--danger"
                                        aria-label=named("fac-delete-name")
                                        on:click=move |_| pending_delete.set(Some((id_del.clone(), delete_name.clone())))
                                    >
                                        {move || i18n.t("fac-delete")}
                                    </button>
                                </div>
                            </li>
                        }
                    }
                </For>
            </ul>
            <RecentlyDeleted />
            {tools()}
            <ConfirmDialog
                open=Signal::derive(move || pending_delete.with(Option::is_some))
                title=Signal::derive(move || {
                    let name = pending_delete.with(|p| p.as_ref().map(|(_, n)| n.clone()).unwrap_or_default());
                    i18n.ta("delete-confirm-title", &[("name", &name)])
                })
                body=Signal::derive(move || i18n.t("delete-confirm-body"))
                confirm_label=Signal::derive(move || i18n.t("delete-confirm-yes"))
                cancel_label=Signal::derive(move || i18n.t("delete-confirm-no"))
                on_confirm=Callback::new(confirm_delete)
                on_cancel=Callback::new(move |()| pending_delete.set(None))
            />
        </FacilitatorFrame>
    }
}

/// Profiles deleted in the last days, each with a restore button.
#[component]
fn RecentlyDeleted() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    view! {
        <Show when=move || state.trash.with(|t| !t.is_empty())>
            <section class="pk-trash" aria-labelledby="pk-trash-title">
                <h2 id="pk-trash-title" class="pk-section-title">{move || i18n.t("trash-title")}</h2>
                <ul class="pk-trash__list" role="list">
                    <For each=move || state.trash.get() key=|(id, _)| id.clone() let:item>
                        {
                            let (id, entry) = item;
                            let name = entry.name.clone();
                            view! {
                                <li class="pk-trash__row">
                                    <span>{entry.name.clone()}</span>
                                    <button
                                        type="button"
                                        class="pk-button"
                                        aria-label=move || i18n.ta("trash-restore-name", &[("name", &name)])
                                        on:click=move |_| state.restore_profile(&id)
                                    >
                                        {move || i18n.t("trash-restore")}
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </section>
        </Show>
    }
}

/// What loading found wrong, for the facilitator.
#[component]
fn Notices() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    view! {
        <Show when=move || state.notices.with(|n| !n.is_empty())>
            <div class="pk-message pk-message--warning" role="status">
                <ul>
                    {move || {
                        state
                            .notices
                            .get()
                            .into_iter()
                            .map(|notice| {
                                view! { <li>{move || i18n.ta(notice.message_id, &[("name", &notice.name)])}</li> }
                            })
                            .collect_view()
                    }}
                </ul>
                <button type="button" class="pk-button" on:click=move |_| state.notices.set(Vec::new())>
                    {move || i18n.t("dismiss")}
                </button>
            </div>
        </Show>
    }
}
