//! `paralign scan` (not implemented yet).

/// Flags of `paralign scan`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `paralign scan`.
pub fn run(_args: Args) -> anyhow::Result<u8> {
    anyhow::bail!("not implemented yet")
}
