//! `showcase-cli`: check, import, export and summarise catalogues (README, "Authoring
//! catalogues from a spreadsheet"). Native only: on wasm32 this is an empty stub, because
//! trunk and clippy build every bin of the crate for that target.
//!
//! The rules live in the library (`showcase::authoring`, shared with the app's check page);
//! this binary only brings bytes in (files, http(s), spreadsheets) and writes results out.
//! `main` returns an exit code: a failure is a sentence on stderr, never a panic.

#[cfg(not(target_arch = "wasm32"))]
mod args;
#[cfg(not(target_arch = "wasm32"))]
mod check;
#[cfg(not(target_arch = "wasm32"))]
mod error;
#[cfg(not(target_arch = "wasm32"))]
mod export;
#[cfg(not(target_arch = "wasm32"))]
mod import;
#[cfg(not(target_arch = "wasm32"))]
mod io;
#[cfg(not(target_arch = "wasm32"))]
mod load;
#[cfg(not(target_arch = "wasm32"))]
mod new;
#[cfg(not(target_arch = "wasm32"))]
mod sheets;
#[cfg(not(target_arch = "wasm32"))]
mod stats;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use clap::Parser;

    // The authoring tools' own words (spreadsheet issues, advice) are in the authors' tables.
    showcase::i18n::carry_author_texts();
    let cli = args::Cli::parse();
    let result = match cli.command {
        args::Command::Check(a) => check::run(a),
        args::Command::Import(a) => import::run(a),
        args::Command::Export(a) => export::run(a),
        args::Command::New(a) => new::run(a),
        args::Command::Stats(a) => stats::run(a),
    };
    match result {
        Ok(code) => std::process::ExitCode::from(code),
        Err(e) => {
            // stderr may be closed too; there is no one left to tell then.
            let _ = io::write_err(&format!("showcase-cli: {e}\n"));
            std::process::ExitCode::from(e.exit_code())
        }
    }
}
