//! The visitor's saved data (localStorage of the page's origin). Every call may fail — storage
//! disabled, private mode, quota full, a sandboxed frame — and says so instead of throwing, so
//! the caller can keep working in memory and tell the visitor.

/// Storage refused or unavailable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable;

fn storage() -> Result<web_sys::Storage, Unavailable> {
    let window = web_sys::window().ok_or(Unavailable)?;
    // Throws (a SecurityError) where storage is disabled, hence the Result.
    window.local_storage().ok().flatten().ok_or(Unavailable)
}

/// The value stored under `key`; `Ok(None)` when nothing is.
pub fn read(key: &str) -> Result<Option<String>, Unavailable> {
    storage()?.get_item(key).map_err(|_| Unavailable)
}

/// Stores `value` under `key`, or removes the key for `None`.
pub fn write(key: &str, value: Option<&str>) -> Result<(), Unavailable> {
    let storage = storage()?;
    match value {
        Some(v) => storage.set_item(key, v),
        None => storage.remove_item(key),
    }
    .map_err(|_| Unavailable)
}
