//! The browser entry point; natively there is nothing to run (the core is a library).

fn main() {
    #[cfg(target_arch = "wasm32")]
    showcase::ui::mount();
}
