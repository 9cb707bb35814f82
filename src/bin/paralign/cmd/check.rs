//! `paralign check` (not implemented yet).

/// Flags of `paralign check`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `paralign check`.
pub fn run(_args: Args) -> anyhow::Result<u8> {
    anyhow::bail!("not implemented yet")
}
