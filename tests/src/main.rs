//! The `faultline` binary, built inside this package so that end-to-end tests can start it as
//! a child process (`CARGO_BIN_EXE_faultline-under-test`) and kill it.
fn main() -> std::process::ExitCode {
    faultline_server::cli::main()
}
