//! `stats`: what the catalogues hold, as a table or JSON.

use showcase::authoring::stats::stats;
use showcase::catalogue::Exhibition;

use crate::args::{Format, StatsArgs};
use crate::error::CliError;
use crate::{io, load};

pub fn run(args: StatsArgs) -> Result<u8, CliError> {
    let catalogues = load::catalogues(&args.sources, load::Base::Location)?;
    let s = stats(&Exhibition::merge(&catalogues));
    io::write_out(&match args.format {
        Format::Text => s.to_text(),
        Format::Json => s.to_json(),
    })?;
    Ok(0)
}
