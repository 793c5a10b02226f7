//! (being written)
use crate::error::CliError;
#[allow(dead_code)]
pub fn run<T>(_: T) -> Result<u8, CliError> {
    Err(CliError::Input("not yet".into()))
}
