//! A modal confirmation built on the native `<dialog>`: focus is trapped and Escape cancels.

use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Numbers the dialogs, for their ids.
static NEXT_DIALOG: AtomicUsize = AtomicUsize::new(0);

/// Asks one question with two answers. The safe answer comes first and takes the focus.
#[component]
pub fn ConfirmDialog(
    /// Whether the dialog is open.
    #[prop(into)]
    open: Signal<bool>,
    /// The question.
    #[prop(into)]
    title: Signal<String>,
    /// One or two sentences that explain what happens.
    #[prop(into)]
    body: Signal<String>,
    /// The word of the action, such as "Delete".
    #[prop(into)]
    confirm_label: Signal<String>,
    /// The word of the safe answer, such as "Keep it".
    #[prop(into)]
    cancel_label: Signal<String>,
    /// Called when the action is confirmed.
    on_confirm: Callback<()>,
    /// Called on the safe answer, and on Escape.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let dialog_ref = NodeRef::<leptos::html::Dialog>::new();
    // Ids of its own: a screen may hold more than one dialog (delete, and replace on import).
    let n = NEXT_DIALOG.fetch_add(1, Ordering::Relaxed);
    let (title_id, body_id) = (
        format!("pk-confirm-title-{n}"),
        format!("pk-confirm-body-{n}"),
    );
    let (labelled_by, described_by) = (title_id.clone(), body_id.clone());
    Effect::new(move |_| {
        let wants_open = open.get();
        if let Some(dialog) = dialog_ref.get() {
            if wants_open && !dialog.open() {
                let _ = dialog.show_modal();
            } else if !wants_open && dialog.open() {
                dialog.close();
            }
        }
    });
    view! {
        <dialog
            node_ref=dialog_ref
            class="pk-dialog"
            aria-labelledby=labelled_by
            aria-describedby=described_by
            on:cancel=move |event: leptos::ev::Event| {
                event.prevent_default();
                on_cancel.run(());
            }
        >
            <h2 id=title_id class="pk-dialog__title">{move || title.get()}</h2>
            <p id=body_id class="pk-dialog__body">{move || body.get()}</p>
            <div class="pk-dialog__actions">
                <button type="button" class="pk-button pk-button--primary" autofocus on:click=move |_| on_cancel.run(())>
                    {move || cancel_label.get()}
                </button>
                <button type="button" class="pk-button pk-button--danger" on:click=move |_| on_confirm.run(())>
                    {move || confirm_label.get()}
                </button>
            </div>
        </dialog>
    }
}
