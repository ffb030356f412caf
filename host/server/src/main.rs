fn main() -> std::process::ExitCode {
    faultline_server::cli::main()
}
