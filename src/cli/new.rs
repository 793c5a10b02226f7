//! `new`: a minimal catalogue that passes `check` without a problem, to start from.

use showcase::catalogue::is_slug;

use crate::args::NewArgs;
use crate::error::CliError;
use crate::io;

pub fn run(args: NewArgs) -> Result<u8, CliError> {
    if !is_slug(&args.id) {
        return Err(CliError::Input(format!(
            "\"{}\" is not a valid id: use a-z, 0-9, '-' and '_', starting with a letter or digit",
            args.id
        )));
    }
    let id = serde_json::to_string(&args.id).unwrap_or_default();
    let title = serde_json::to_string(&args.title).unwrap_or_default();
    let json = format!(
        "{{\n  \"format\": \"showcase/1\",\n  \"id\": {id},\n  \"title\": {{ \"en\": {title} }},\n  \
         \"institutions\": [],\n  \"fields\": [],\n  \"events\": [],\n  \"exhibits\": []\n}}\n"
    );
    io::write_to(args.output.as_deref(), &json)?;
    Ok(0)
}
