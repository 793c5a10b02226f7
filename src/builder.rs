//! The embed-code page's bundle: the whole app plus that page. The main bundle leaves the page
//! out, since visitors and partner embeds never use it, and hands over to this one when the
//! URL asks for it (`ui::screens`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    showcase::ui::mount_with_code_screen();
}
