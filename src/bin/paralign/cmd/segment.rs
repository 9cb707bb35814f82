//! `paralign segment` (not implemented yet).

/// Flags of `paralign segment`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `paralign segment`.
pub fn run(_args: Args) -> anyhow::Result<u8> {
    anyhow::bail!("not implemented yet")
}
