//! CRC-16/CCITT-FALSE (poly 0x1021, init 0xffff, no reflection, no final xor).
//!
//! Chosen because it is cheap to compute bit by bit on a device without a table.

const fn table() -> [u16; 256] {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let mut crc = (i as u16) << 8;
        let mut b = 0;
        while b < 8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
            b += 1;
        }
        t[i] = crc;
        i += 1;
    }
    t
}

static TABLE: [u16; 256] = table();

/// Continue a CRC over more bytes; start with [`INIT`].
pub fn update(mut crc: u16, data: &[u8]) -> u16 {
    for &byte in data {
        crc = (crc << 8) ^ TABLE[usize::from((crc >> 8) as u8 ^ byte)];
    }
    crc
}

pub const INIT: u16 = 0xffff;

pub fn crc16(data: &[u8]) -> u16 {
    update(INIT, data)
}

#[cfg(test)]
mod tests {
    #[test]
    fn check_value_matches_the_catalogue() {
        // The catalogue check value of CRC-16/CCITT-FALSE for "123456789".
        assert_eq!(super::crc16(b"123456789"), 0x29b1);
    }
}
