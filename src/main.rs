//! The Trunk entry point: on wasm32 it mounts the app; natively it points to the CLI.

fn main() {
    println!("blotter-web is the browser app: build it with `trunk build`. Use `blotter` here.");
}
