//! The authors' bundle: the whole app plus the embed-code screen and the catalogue check page.
//! The main bundle leaves them out, since visitors and partner embeds never use them, and
//! hands over to this one when the URL asks for one (`ui::screens`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    showcase::ui::mount_with_author_screens();
}
