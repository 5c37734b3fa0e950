//! The Trunk entry point: on wasm32 it mounts the app; natively it points to the CLI.

#[cfg(target_arch = "wasm32")]
fn main() {
    // The same wasm also runs in the page's worker and behind the JavaScript API, where
    // `start` finds no `#blotter-app` to mount into and does nothing.
    blotter::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("blotter-web is the browser app: build it with `trunk build`. Use `blotter` here.");
}
