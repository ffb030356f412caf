fn main() -> anyhow::Result<()> {
    faultline_server::cli::main()
}
