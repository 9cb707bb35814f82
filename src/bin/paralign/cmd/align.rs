//! `paralign align` (not implemented yet).

/// Flags of `paralign align`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `paralign align`.
pub fn run(_args: Args) -> anyhow::Result<u8> {
    anyhow::bail!("not implemented yet")
}
