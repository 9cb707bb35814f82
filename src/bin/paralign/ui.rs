//! What the command line shows besides its results: `--quiet`, progress bars,
//! and the clean-up when the user interrupts a run.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

static QUIET: AtomicBool = AtomicBool::new(false);

/// Silences notes, warnings and progress (errors are still printed).
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

/// True under `--quiet`.
pub fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// Prints a line on stderr unless `--quiet`.
macro_rules! note {
    ($($arg:tt)*) => {
        if !$crate::ui::quiet() {
            eprintln!($($arg)*);
        }
    };
}
pub(crate) use note;

/// A bar counting `len` `what`s on stderr, drawn only when a person watches it.
pub fn bar(len: usize, what: &str) -> ProgressBar {
    if !watched() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    let template = format!("{{bar:40}} {{pos}}/{{len}} {what} ({{per_sec}}, {{eta}})");
    let style = ProgressStyle::with_template(&template).expect("the template is valid");
    bar.with_style(style)
}

/// A spinner saying what is being done, for steps that cannot count their work.
pub fn spinner(message: &str) -> ProgressBar {
    if !watched() {
        return ProgressBar::hidden();
    }
    let spinner = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    let style =
        ProgressStyle::with_template("{spinner} {msg} ({elapsed})").expect("the template is valid");
    spinner.set_style(style);
    spinner.set_message(message.to_string());
    spinner.enable_steady_tick(Duration::from_millis(120));
    spinner
}

fn watched() -> bool {
    !quiet() && std::io::stderr().is_terminal()
}

/// On SIGINT, SIGTERM or SIGHUP: remove the temporary files of an unfinished
/// output (an existing output stays as it was) and exit with 128 + the signal
/// number, the shell's convention (130 for Ctrl-C, 143 for SIGTERM).
#[cfg(unix)]
pub fn clean_up_on_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return; // without a handler the default still ends the process
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            paralign::export::abandon_all(|| std::process::exit(128 + signal));
        }
    });
}

/// Elsewhere the temporary files are left to the system's clean-up.
#[cfg(not(unix))]
pub fn clean_up_on_signals() {}
