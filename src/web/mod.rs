//! The browser glue: every call into web-sys and js-sys that the app makes, behind small
//! typed functions. Nothing here decides what is shown (that is the core's) or renders it
//! (that is `ui`'s); nothing here imports `ui`.

pub mod clipboard;
pub mod debounce;
pub mod dialog;
pub mod document;
pub mod events;
pub mod fetch;
pub mod files;
pub mod frame;
pub mod history;
pub mod host;
pub mod idle;
pub mod locale;
pub mod share;
pub mod storage;
pub mod theme;
pub mod timing;
pub mod worker;
