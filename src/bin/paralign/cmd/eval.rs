//! `paralign eval` (not implemented yet).

/// Flags of `paralign eval`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `paralign eval`.
pub fn run(_args: Args) -> anyhow::Result<u8> {
    anyhow::bail!("not implemented yet")
}
