//! The `paralign` command line: turns flags into library calls, nothing more.

mod cli;
mod cmd;
mod ui;

use std::io;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    ui::set_quiet(cli.quiet);
    ui::clean_up_on_signals();
    match cmd::dispatch(cli.command) {
        Ok(code) => ExitCode::from(code),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("paralign: error: {err}");
            let mut shown = err.to_string();
            for cause in err.chain().skip(1) {
                // Library errors already print their source after the path; say it once.
                let text = cause.to_string();
                if !shown.ends_with(&text) {
                    eprintln!("  caused by: {text}");
                }
                shown = text;
            }
            ExitCode::from(2)
        }
    }
}

/// A closed stdout (e.g. `paralign … | head`) is not an error worth a message.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}
