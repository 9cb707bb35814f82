//! `paralign align-lines` (not implemented yet).

/// Flags of `paralign align-lines`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `paralign align-lines`.
pub fn run(_args: Args) -> anyhow::Result<u8> {
    anyhow::bail!("not implemented yet")
}
