//! `import`: a spreadsheet → a checked catalogue file; problems at their cells on stderr
//! (or as JSON on stdout with `--format json`, which then needs `-o`).

use serde::Serialize;
use showcase::authoring::import::{import, ImportOptions};
use showcase::authoring::issue::ProblemJson;

use crate::args::{Format, ImportArgs};
use crate::error::CliError;
use crate::{io, sheets};

#[derive(Serialize)]
struct Report<'a> {
    sheet: String,
    read: Vec<String>,
    output: Option<String>,
    exhibits: usize,
    problems: Vec<ProblemJson<'a>>,
    exit_code: u8,
}

pub fn run(args: ImportArgs) -> Result<u8, CliError> {
    if args.format == Format::Json && args.output.is_none() {
        return Err(CliError::Input(
            "--format json prints the report on standard output, so the catalogue needs -o FILE"
                .into(),
        ));
    }
    let (book, read) = sheets::read(&args.sheet, args.encoding.as_deref())?;
    let source = args.output.as_ref().map_or_else(
        || "catalogue.json".to_owned(),
        |o| io::source_of(&o.to_string_lossy()),
    );
    let options = ImportOptions {
        id: args.id.clone(),
        title: args.title.clone(),
        source,
        lang: args.lang.into(),
    };
    let imported = import(book, &options);
    if let Some(json) = &imported.json {
        io::write_to(args.output.as_deref(), json)?;
    }
    match args.format {
        Format::Json => {
            let report = Report {
                sheet: args.sheet.display().to_string(),
                read: read.iter().map(|p| p.display().to_string()).collect(),
                output: args.output.as_ref().map(|o| o.display().to_string()),
                exhibits: imported.exhibits,
                problems: imported.problems.iter().map(ProblemJson::from).collect(),
                exit_code: imported.exit_code,
            };
            io::write_out(&(serde_json::to_string_pretty(&report).unwrap_or_default() + "\n"))?;
        }
        Format::Text => {
            let mut text = String::new();
            for p in &imported.problems {
                text.push_str(&format!("{p}\n"));
            }
            let files: Vec<String> = read.iter().map(|p| p.display().to_string()).collect();
            let outcome = match (&imported.json, &args.output) {
                (None, _) => "nothing written".to_owned(),
                (Some(_), Some(o)) => {
                    let exhibits = showcase::authoring::report::plural(
                        imported.exhibits,
                        "exhibit",
                        "exhibits",
                    );
                    format!("{exhibits} written to {}", o.display())
                }
                (Some(_), None) => {
                    let exhibits = showcase::authoring::report::plural(
                        imported.exhibits,
                        "exhibit",
                        "exhibits",
                    );
                    format!("{exhibits} written to standard output")
                }
            };
            let errors = imported
                .problems
                .iter()
                .filter(|p| p.severity == showcase::authoring::Severity::Error)
                .count();
            let warnings = imported.problems.len() - errors;
            let plural = showcase::authoring::report::plural;
            text.push_str(&format!(
                "read {}: {outcome}; {}, {}\n",
                files.join(", "),
                plural(errors, "problem", "problems"),
                plural(warnings, "warning", "warnings"),
            ));
            // Problems go to stderr: stdout may be the catalogue itself.
            let _ = io::write_err(&text);
        }
    }
    Ok(imported.exit_code)
}
