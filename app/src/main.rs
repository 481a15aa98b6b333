//! Pictokit's web app: mounts the root component. Everything else is in the modules.

mod app;
mod crypto;
mod i18n;
mod lock;
mod photo;
mod routes;
mod speech;
mod state;
mod storage;
mod views;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
