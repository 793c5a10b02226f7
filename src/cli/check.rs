//! `check`: the library's check over files and URLs, printed as lines or JSON.

use showcase::authoring::check_sources;

use crate::args::{CheckArgs, Format};
use crate::error::CliError;
use crate::io;

pub fn run(args: CheckArgs) -> Result<u8, CliError> {
    let sources: Vec<String> = args.sources.iter().map(|s| io::source_of(s)).collect();
    let mut report = check_sources(&sources, args.lang.into(), args.strict, &mut io::fetch);
    report.rename(io::display_name);
    let text = match args.format {
        Format::Text => report.to_text(),
        Format::Json => report.to_json(),
    };
    io::write_out(&text)?;
    Ok(report.exit_code)
}
