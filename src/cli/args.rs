//! The command line, as clap derives it. Each command's help ends with an example.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use showcase::i18n::Lang;

#[derive(Parser)]
#[command(
    name = "showcase-cli",
    version,
    about = "Check, import, export and summarise showcase catalogues.",
    after_help = "Examples:\n  showcase-cli check public/catalogues/index.json\n  \
                  showcase-cli import exhibits.csv -o catalogue.json\n  \
                  showcase-cli export catalogue.json --xlsx catalogue.xlsx\n\n\
                  Exit codes: 0 clean, 1 problems (entries skipped or corrected), 2 a document \
                  or input could not be read (or the command line was wrong)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Read catalogues and indexes as the app does and report every problem with its place.
    Check(CheckArgs),
    /// Turn a spreadsheet (CSV, XLSX or ODS) into a catalogue, checked before it is written.
    Import(ImportArgs),
    /// Write catalogues as a spreadsheet (CSV files or an XLSX workbook): the reverse of import.
    Export(ExportArgs),
    /// Write a minimal valid catalogue to start from.
    New(NewArgs),
    /// Count exhibits by field, country, institution, TRL, IP status and cooperation, and how
    /// often each optional key is filled.
    Stats(StatsArgs),
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Zh,
    Ja,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::En => Lang::En,
            LangArg::Zh => Lang::Zh,
            LangArg::Ja => Lang::Ja,
        }
    }
}

#[derive(Args)]
#[command(
    after_help = "Example:\n  showcase-cli check public/catalogues/index.json \
                        https://partner.example/catalogue.json --format json\n\n\
                        Prints `file:line:column: $.exhibits[3].trl: 12 is outside the TRL \
                        scale 1–9; ignored` per problem and a summary per file. Exit codes: \
                        0 clean, 1 problems, 2 a document could not be read."
)]
pub struct CheckArgs {
    /// Catalogue or index files, or http(s) URLs. An index's catalogues are checked too.
    #[arg(required = true, value_name = "FILE_OR_URL")]
    pub sources: Vec<String>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Treat warnings (authoring advice) as problems: exit 1 when there are any.
    #[arg(long)]
    pub strict: bool,
    /// The language of the problem messages.
    #[arg(long, value_enum, default_value = "en")]
    pub lang: LangArg,
}

#[derive(Args)]
#[command(
    after_help = "Examples:\n  showcase-cli import forum.csv -o forum.json\n    \
                        (also reads forum.catalogue.csv, forum.institutions.csv, \
                        forum.fields.csv, forum.events.csv, forum.patents.csv, \
                        forum.inventors.csv and forum.media.csv when they exist)\n  \
                        showcase-cli import forum.xlsx --id forum-2022 --title \"Forum 2022\" \
                        -o forum.json\n\nBad rows are reported with their cell \
                        (exhibits!F12) and left out. Exit codes: 0 clean, 1 problems (the \
                        catalogue is written without the bad rows), 2 the sheet could not be \
                        read (nothing is written)."
)]
pub struct ImportArgs {
    /// The exhibits sheet: a .csv (UTF-8 or Excel's UTF-16 "Unicode text"), .tsv, .xlsx or
    /// .ods file.
    #[arg(value_name = "SHEET")]
    pub sheet: PathBuf,
    /// Where to write the catalogue; standard output without it.
    #[arg(short = 'o', long, value_name = "catalogue.json")]
    pub output: Option<PathBuf>,
    /// The catalogue's id (overrides the catalogue sheet's).
    #[arg(long)]
    pub id: Option<String>,
    /// The catalogue's title (overrides the catalogue sheet's).
    #[arg(long)]
    pub title: Option<String>,
    /// Decode a legacy-encoded CSV (shift_jis, gbk, gb18030, big5, euc-kr, ...) instead of
    /// refusing it. Saving the sheet as "CSV UTF-8" is better.
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// The language of the problem messages that come from the catalogue check.
    #[arg(long, value_enum, default_value = "en")]
    pub lang: LangArg,
}

#[derive(Args)]
#[command(
    after_help = "Examples:\n  showcase-cli export forum.json --csv forum.csv\n    \
                        (writes forum.csv and the sibling sheets forum.catalogue.csv, \
                        forum.institutions.csv, ...)\n  \
                        showcase-cli export public/templates/template.json --xlsx \
                        public/templates/template.xlsx"
)]
pub struct ExportArgs {
    /// One catalogue file or URL (an index is refused: export its catalogues one by one).
    #[arg(required = true, value_name = "FILE_OR_URL")]
    pub sources: Vec<String>,
    /// Write CSV: this file for exhibits and siblings for the other sheets.
    #[arg(long, value_name = "OUT.csv")]
    pub csv: Option<PathBuf>,
    /// Write an XLSX workbook with one sheet per part.
    #[arg(long, value_name = "OUT.xlsx")]
    pub xlsx: Option<PathBuf>,
}

#[derive(Args)]
#[command(
    after_help = "Example:\n  showcase-cli new --id my-university --title \"My University\" \
                        -o catalogue.json"
)]
pub struct NewArgs {
    #[arg(long)]
    pub id: String,
    #[arg(long)]
    pub title: String,
    /// Where to write it; standard output without it.
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
}

#[derive(Args)]
#[command(after_help = "Example:\n  showcase-cli stats public/catalogues/index.json")]
pub struct StatsArgs {
    #[arg(required = true, value_name = "FILE_OR_URL")]
    pub sources: Vec<String>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}
