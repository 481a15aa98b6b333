//! The person's screens: their home of component tiles in their grid, in their language,
//! theme and voice. In person mode the screen is locked; the facilitator previews the
//! same home from facilitator mode.

use crate::crypto::verify_pin;
use crate::i18n::{use_i18n, I18n};
use crate::library::{show, use_pictograms, Pictograms};
use crate::lock::{guard_person_mode, leave_fullscreen};
use crate::looks::avatar_src;
use crate::media;
use crate::routes::{use_router, DayPlace, Route, Router, ShopPlace};
use crate::speech::{use_speech, Speech};
use crate::state::{use_state, AppState};
use leptos::context::Provider;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pictokit_domain::picto::PictoRef;
use pictokit_domain::profile::{Component, Profile, Theme};
use pictokit_domain::Language;
use pictokit_kit::{GridLabels, LockCorner, LockLabels, PictoGrid, TileSpec};
use pictokit_pictograms::ui::UiPicture;
use pictokit_pictograms::{component_symbol, HOME, MY_PICTOGRAMS};

/// The key of the home tile that opens the person's own pictograms.
const BOARD_KEY: &str = MY_PICTOGRAMS.id;

/// The screens of the person's components that a page has: given the route and the
/// person, the screen, or `None` for the home. (`index.html` has none: it stays small.)
pub type ComponentScreens = fn(Route, Signal<Profile>) -> Option<AnyView>;

/// The person's locked screen: their home, or a component's screen inside the same frame.
#[component]
pub fn PersonMode(
    /// The profile shown.
    profile_id: String,
    /// The component screens this page has.
    #[prop(optional)]
    components: Option<ComponentScreens>,
    /// What runs on every person screen of this page, whichever is shown (the schedule's
    /// reminders).
    #[prop(optional)]
    always: Option<fn(Signal<Profile>) -> AnyView>,
) -> impl IntoView {
    let state = use_state();
    let router = use_router();
    let Some(profile) = state.profile_signal(&profile_id) else {
        return view! { <p class="pk-empty">{use_i18n().t("person-home-empty")}</p> }.into_any();
    };
    let locked = Signal::derive(move || state.device.with(|d| d.locked_profile.is_some()));
    let lang = Signal::derive(move || profile.with(|p| p.settings.language));
    // The person's language, for the lock's words; the subtree gets it through a Provider,
    // which scopes it (a component alone has no owner of its own to scope a context).
    let i18n = I18n { lang };

    let pin_hash = Signal::derive(move || state.device.with(|d| d.pin_hash.clone()));
    let lock_labels = Signal::derive(move || {
        let name = profile.with(|p| p.settings.name.clone());
        LockLabels {
            hold: i18n.t("lock-hold-label"),
            confirm_title: i18n.ta("unlock-confirm-title", &[("name", &name)]),
            confirm_body: i18n.t("unlock-confirm-body"),
            confirm_yes: i18n.t("unlock-confirm-yes"),
            confirm_no: i18n.t("unlock-confirm-no"),
            pin_title: i18n.t("pin-title"),
            pin_field: i18n.t("pin-field"),
            pin_submit: i18n.t("pin-submit"),
            pin_wrong: i18n.t("pin-wrong"),
        }
    });
    let on_unlock = Callback::new(move |()| {
        let back = crate::lock::unlocked_route(state);
        state.update_device(|d| {
            d.locked_profile = None;
            d.locked_from = None;
        });
        leave_fullscreen();
        router.go(back);
    });
    let corner = move || {
        view! {
            <div class="pk-person__corner">
                <LockCorner
                    labels=lock_labels
                    pin_required=Signal::derive(move || pin_hash.with(Option::is_some))
                    verify_pin=Callback::new(move |(entered, answer): (String, Callback<bool>)| {
                        let stored = pin_hash.get_untracked().unwrap_or_default();
                        spawn_local(async move { answer.run(verify_pin(&entered, &stored).await) });
                    })
                    on_unlock=on_unlock
                />
            </div>
        }
        .into_any()
    };
    // The person's own pictograms are a screen of the home; the header's way home leaves
    // them as it leaves every other screen.
    let on_board = RwSignal::new(false);
    let at_home =
        Signal::derive(move || matches!(router.route.get(), Route::Person(_)) && !on_board.get());
    let speech = use_speech();
    let go_home = Callback::new(move |()| {
        let (id, language, speech_settings) = profile
            .with_untracked(|p| (p.id.clone(), p.settings.language, p.settings.speech.clone()));
        speech.say(&i18n.t("board-person-home"), language, &speech_settings);
        on_board.set(false);
        router.replace(Route::Person(id));
    });
    let on_component = Callback::new(move |component: Component| {
        let id = profile.with_untracked(|p| p.id.clone());
        match component {
            Component::Shopping => router.replace(Route::Shop(id, ShopPlace::Lists)),
            Component::Schedule => router.replace(Route::Day(id, DayPlace::Today)),
            Component::Questionnaire => router.replace(Route::Quiz(id, String::new())),
        }
    });
    view! {
        <Provider value=i18n>
        <LockGuard locked=locked />
        // The person's words are here before their screen is drawn (see `crate::i18n`).
        <Show when=move || crate::i18n::ready(lang.get())>
        <PersonFrame profile=profile corner=corner() home=(at_home, go_home)>
            {move || {
                let route = router.route.get();
                components
                    .and_then(|screens| screens(route, profile))
                    .unwrap_or_else(|| {
                        view! { <PersonHome profile=profile on_component=on_component on_board=on_board /> }.into_any()
                    })
            }}
            {always.map(|always| always(profile))}
        </PersonFrame>
        </Show>
        </Provider>
    }
    .into_any()
}

/// Keeps the person in person mode while it is on screen (see [`guard_person_mode`]).
#[component]
fn LockGuard(locked: Signal<bool>) -> impl IntoView {
    let router = use_router();
    guard_person_mode(move || router.route.get_untracked().to_hash(), locked);
}

/// The frame of every person screen: their theme, text size and motion, the header with
/// their picture and greeting, the way home on every screen but the home, and the lock
/// corner in person mode. The same every time.
#[component]
pub fn PersonFrame(
    /// The person.
    profile: Signal<Profile>,
    /// Extra controls in the header (the lock corner in person mode).
    #[prop(optional)]
    corner: Option<AnyView>,
    /// Whether the home is on screen, and how to go there: the header then shows the way
    /// home on every other screen, always in the same place (person mode only).
    #[prop(optional)]
    home: Option<(Signal<bool>, Callback<()>)>,
    /// The screen.
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let settings = move || profile.with(|p| p.settings.clone());
    let name = move || profile.with(|p| p.settings.name.clone());
    let at_home = move || home.is_some_and(|(at_home, _)| at_home.get());
    // Switch access, in person mode only (not the facilitator's previews): for a person who
    // scans, the layer reads this frame's buttons (see public/scan-layer.js).
    let frame = NodeRef::<leptos::html::Div>::new();
    if home.is_some() {
        Effect::new(move |_| {
            let Some(root) = frame.get() else {
                return;
            };
            let (access, lang, speech) = profile.with(|p| {
                (
                    p.settings.access.clone(),
                    p.settings.language,
                    p.settings.speech.clone(),
                )
            });
            crate::device::stop_scanning();
            if access.scans() {
                crate::device::start_scanning(&root, &access.json(), lang, &speech);
            }
        });
        on_cleanup(crate::device::stop_scanning);
    }
    let home_button = home.map(|(at_home, go_home)| {
        view! {
            <Show when=move || !at_home.get()>
                <button
                    type="button"
                    class="pk-person__home"
                    data-way-home=""
                    on:click=move |_| go_home.run(())
                >
                    <img src=HOME.path alt="" />
                    <span>{move || i18n.t("board-person-home")}</span>
                </button>
            </Show>
        }
    });
    view! {
        <div
            class="pk-person"
            node_ref=frame
            lang=move || i18n.lang.get().tag()
            data-theme=move || settings().theme.as_str()
            data-text-size=move || settings().text_size.as_str()
            data-motion=move || if settings().reduced_motion { "reduced" } else { "full" }
            data-speech=move || if settings().speech.enabled { "on" } else { "off" }
        >
            <header class="pk-person__header">
                {home_button}
                <img class="pk-person__avatar" src=move || avatar_src(&settings().avatar) alt="" />
                <h1 class="pk-person__greeting">{move || i18n.ta("person-greeting", &[("name", &name())])}</h1>
                {corner}
            </header>
            <main class="pk-person__main" data-screen=move || at_home().then_some("home")>
                {children()}
            </main>
        </div>
    }
}

/// The person's home: one large tile per enabled component, in their grid.
#[component]
pub fn PersonHome(
    /// The person.
    profile: Signal<Profile>,
    /// Shown to the facilitator: components not built yet carry a "coming soon" badge.
    #[prop(optional)]
    preview: bool,
    /// Opens a component (person mode only).
    #[prop(optional)]
    on_component: Option<Callback<Component>>,
    /// Whether the person's own pictograms are on screen instead of the home's tiles.
    on_board: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let speech = use_speech();
    let state = use_state();
    let pictograms = use_pictograms();
    let settings = move || profile.with(|p| p.settings.clone());
    let say = move |text: String| {
        let settings = settings();
        speech.say(&text, settings.language, &settings.speech);
    };
    let board = Memo::new(move |_| {
        let id = profile.with(|p| p.id.clone());
        state
            .pictos
            .with(|all| all.get(&id).map(|p| p.board.clone()).unwrap_or_default())
    });
    Effect::new(move |_| {
        if !board.with(Vec::is_empty) {
            pictograms.ensure_loaded();
        }
    });
    let home_tiles = Signal::derive(move || {
        let mut tiles = Vec::new();
        if !board.with(Vec::is_empty) {
            tiles.push(TileSpec {
                key: BOARD_KEY.to_owned(),
                label: i18n.t(MY_PICTOGRAMS.name_id),
                image: MY_PICTOGRAMS.path.to_owned(),
                badge: None,
            });
        }
        profile.with(|p| {
            tiles.extend(p.components().iter().map(|component| {
                let symbol = component_symbol(*component);
                TileSpec {
                    key: component.as_str().to_owned(),
                    label: i18n.t(symbol.name_id),
                    image: symbol.path.to_owned(),
                    badge: (preview && !component.is_available())
                        .then(|| i18n.t("component-coming-soon")),
                }
            }))
        });
        tiles
    });
    let board_tiles = Signal::derive(move || {
        let library = pictograms.library();
        let (lang, black) =
            profile.with(|p| (p.settings.language, p.settings.theme == Theme::HighContrast));
        board.with(|refs| {
            refs.iter()
                .filter_map(|r| show(library.as_deref(), &state, r, lang, black))
                .map(|shown| TileSpec {
                    key: shown.picto.to_string(),
                    label: shown.label,
                    image: shown.src,
                    badge: None,
                })
                .collect::<Vec<_>>()
        })
    });
    let tiles = Signal::derive(move || {
        if on_board.get() {
            board_tiles.get()
        } else {
            home_tiles.get()
        }
    });
    let grid_labels = grid_labels(i18n, profile, tiles);
    let on_tile = Callback::new(move |key: String| {
        if key == BOARD_KEY && !on_board.get_untracked() {
            say(i18n.t("board-person-title"));
            on_board.set(true);
            return;
        }
        let Some(tile) = tiles.with_untracked(|tiles| tiles.iter().find(|t| t.key == key).cloned())
        else {
            return;
        };
        if !on_board.get_untracked() {
            let component = Component::ALL
                .into_iter()
                .find(|c| c.as_str() == key && c.is_available());
            if let (Some(component), Some(open)) = (component, on_component) {
                say(tile.label);
                open.run(component);
                return;
            }
        }
        // A familiar voice, when one was recorded, instead of the synthetic one.
        let recorded = PictoRef::parse(&key).and_then(|picto| {
            let id = profile.with_untracked(|p| p.id.clone());
            let media_id = state.pictos_of(&id).voice(&picto).map(str::to_owned)?;
            state
                .media
                .with_untracked(|m| m.get(&media_id).map(|m| m.data_url.clone()))
        });
        // Else what the picture says (more than its name, for a board's button), in the
        // language its words are in (a board in English stays English).
        let words = PictoRef::parse(&key).and_then(|picto| {
            let lang = profile.with_untracked(|p| p.settings.language);
            crate::library::said_words(&state, &picto, lang)
        });
        match (recorded, words) {
            (Some(url), _) if on_board.get_untracked() => {
                speech.cancel();
                media::play_sound(&url);
            }
            (_, Some((words, tag))) => {
                let settings = settings();
                speech.say_in(&words, &tag, settings.language, &settings.speech);
            }
            _ => say(tile.label),
        }
    });
    view! {
        <Show
            when=move || !tiles.with(Vec::is_empty)
            fallback=move || view! { <p class="pk-empty">{move || i18n.t("person-home-empty")}</p> }
        >
            <PictoGrid
                main=true
                density=Signal::derive(move || settings().grid)
                tiles=tiles
                show_labels=Signal::derive(move || settings().show_labels)
                labels=grid_labels
                on_activate=on_tile
                on_page=Callback::new(move |label: String| say(label))
            />
        </Show>
    }
}

/// The words of a person's grid controls ("More", "Back", "Page 1 of 3"), for `tiles` in
/// their density.
pub fn grid_labels(
    i18n: I18n,
    profile: Signal<Profile>,
    tiles: Signal<Vec<TileSpec>>,
) -> Signal<GridLabels> {
    Signal::derive(move || {
        let n_pages = profile.with(|p| p.settings.grid.n_pages(tiles.with(Vec::len)));
        let total = n_pages.to_string();
        GridLabels {
            next: i18n.t("page-next"),
            previous: i18n.t("page-previous"),
            pages: (1..=n_pages)
                .map(|page| {
                    i18n.ta(
                        "page-indicator",
                        &[("page", &page.to_string()), ("pages", &total)],
                    )
                })
                .collect(),
        }
    })
}

/// A large button of person mode's components, with a picture and a word.
#[component]
pub fn BigButton(
    /// The picture (a site path).
    #[prop(into)]
    image: Signal<String>,
    /// The word.
    #[prop(into)]
    label: Signal<String>,
    /// Extra class (`pk-big-button--primary`).
    #[prop(optional)]
    class: &'static str,
    /// The screen's main action (`data-main-action`: the browser tests check it is in
    /// view without scrolling and covered by nothing).
    #[prop(optional)]
    main: bool,
    /// Pressed.
    on_press: Callback<()>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=format!("pk-big-button {class}")
            data-main-action=main.then_some("")
            on:click=move |_| on_press.run(())
        >
            <img src=move || image.get() alt="" />
            <span>{move || label.get()}</span>
        </button>
    }
}

/// What every person screen of every component needs: the person, their language, voice
/// and pictures, the router and the app's state. Built once while a screen is built
/// ([`PersonCtx::new`] reads the contexts), then copied into handlers.
#[derive(Clone, Copy)]
pub struct PersonCtx {
    /// The person.
    pub profile: Signal<Profile>,
    /// Their language's messages (the person's screens speak it).
    pub i18n: I18n,
    /// The voice.
    pub speech: Speech,
    /// Where they are.
    pub router: Router,
    /// The app's state.
    pub state: AppState,
    /// The pictogram library.
    pub pictograms: Pictograms,
}

impl PersonCtx {
    /// Reads the contexts once, while the screen is built (not in event handlers).
    pub fn new(profile: Signal<Profile>) -> PersonCtx {
        PersonCtx {
            profile,
            i18n: use_i18n(),
            speech: use_speech(),
            router: use_router(),
            state: use_state(),
            pictograms: use_pictograms(),
        }
    }

    /// The person's profile id.
    pub fn id(&self) -> String {
        self.profile.with_untracked(|p| p.id.clone())
    }

    /// The person's language (tracked).
    pub fn lang(&self) -> Language {
        self.profile.with(|p| p.settings.language)
    }

    /// Whether their theme wants the black pictures (high contrast; tracked).
    pub fn black(&self) -> bool {
        self.profile
            .with(|p| p.settings.theme == Theme::HighContrast)
    }

    /// Whether they asked for less motion.
    pub fn reduced_motion(&self) -> bool {
        self.profile.with_untracked(|p| p.settings.reduced_motion)
    }

    /// Says `text` in their language and voice, now.
    pub fn say(&self, text: &str) {
        let settings = self.profile.with_untracked(|p| p.settings.clone());
        self.speech.say(text, settings.language, &settings.speech);
    }

    /// Says `text` after what is being said.
    pub fn say_next(&self, text: &str) {
        let settings = self.profile.with_untracked(|p| p.settings.clone());
        self.speech
            .say_next(text, settings.language, &settings.speech);
    }

    /// The picture of one of their pictograms, in their language and theme ("" when it is
    /// gone).
    pub fn picture(&self, picto: &PictoRef) -> String {
        show(
            self.pictograms.library().as_deref(),
            &self.state,
            picto,
            self.lang(),
            self.black(),
        )
        .map(|shown| shown.src)
        .unwrap_or_default()
    }

    /// One of the interface's pictures, in their theme.
    pub fn symbol(&self, picture: UiPicture) -> String {
        picture.path(self.black())
    }
}
