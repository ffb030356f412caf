//! Cortex-M fault status registers in words: what CFSR and HFSR say happened.

/// One line per condition the registers report, most specific first. `mmfar`/`bfar` are
/// quoted only when their VALID bits say they hold the faulting address.
pub fn describe_cortex_m(cfsr: u32, hfsr: u32, mmfar: u32, bfar: u32) -> Vec<String> {
    let bit = |n: u32| cfsr & (1 << n) != 0;
    let mut out = Vec::new();
    // MemManage (MMFSR, bits 0-7).
    if bit(0) {
        out.push("instruction access violation (MPU)".to_string());
    }
    if bit(1) {
        out.push(if bit(7) {
            format!("data access violation at {mmfar:#010x} (MPU)")
        } else {
            "data access violation (MPU)".to_string()
        });
    }
    if bit(3) {
        out.push("fault while unstacking an exception frame (MPU)".to_string());
    }
    if bit(4) {
        out.push("fault while stacking an exception frame (MPU): stack overflow".to_string());
    }
    if bit(5) {
        out.push("fault during lazy FPU state preservation (MPU)".to_string());
    }
    // BusFault (BFSR, bits 8-15).
    if bit(8) {
        out.push("instruction bus error".to_string());
    }
    if bit(9) {
        out.push(if bit(15) {
            format!("precise data bus error at {bfar:#010x}")
        } else {
            "precise data bus error".to_string()
        });
    }
    if bit(10) {
        out.push("imprecise data bus error (the pc is past the faulting store)".to_string());
    }
    if bit(11) {
        out.push("bus error while unstacking an exception frame".to_string());
    }
    if bit(12) {
        out.push("bus error while stacking an exception frame".to_string());
    }
    if bit(13) {
        out.push("bus error during lazy FPU state preservation".to_string());
    }
    // UsageFault (UFSR, bits 16-31).
    if bit(16) {
        out.push("undefined instruction".to_string());
    }
    if bit(17) {
        out.push(
            "invalid state: execution without the Thumb bit (e.g. a call through a bad function pointer)"
                .to_string(),
        );
    }
    if bit(18) {
        out.push("invalid exception return (corrupt EXC_RETURN)".to_string());
    }
    if bit(19) {
        out.push("coprocessor access while disabled (e.g. FPU not enabled)".to_string());
    }
    if bit(24) {
        out.push("unaligned access".to_string());
    }
    if bit(25) {
        out.push("integer divide by zero".to_string());
    }
    if hfsr & (1 << 1) != 0 {
        out.push("bus error reading the vector table".to_string());
    }
    if hfsr & (1 << 30) != 0 {
        out.push("escalated to HardFault (the fault's own handler could not run)".to_string());
    }
    if hfsr & (1 << 31) != 0 {
        out.push("debug event".to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_bits_are_named_with_their_addresses() {
        // PRECISERR | BFARVALID: the address is quoted.
        assert_eq!(
            describe_cortex_m(1 << 9 | 1 << 15, 0, 0, 0x3000_0000),
            ["precise data bus error at 0x30000000"]
        );
        // Without BFARVALID the address register is not trusted.
        assert_eq!(
            describe_cortex_m(1 << 9, 0, 0, 0x3000_0000),
            ["precise data bus error"]
        );
        assert_eq!(
            describe_cortex_m(1 << 25, 0, 0, 0),
            ["integer divide by zero"]
        );
        assert_eq!(
            describe_cortex_m(1 << 16, 0, 0, 0),
            ["undefined instruction"]
        );
        assert!(describe_cortex_m(1 << 4, 0, 0, 0)[0].contains("stack overflow"));
        assert_eq!(
            describe_cortex_m(1 << 1 | 1 << 7, 0, 0x2000_0010, 0),
            ["data access violation at 0x20000010 (MPU)"]
        );
        let forced = describe_cortex_m(1 << 9 | 1 << 15, 1 << 30, 0, 0x3000_0000);
        assert_eq!(forced.len(), 2);
        assert!(forced[1].starts_with("escalated to HardFault"));
        assert!(describe_cortex_m(0, 0, 0, 0).is_empty());
    }
}
