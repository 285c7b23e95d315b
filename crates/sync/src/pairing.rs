//! The pairing code: the shop's sync key written for a person to read off
//! one screen and type on another. 32 key bytes in Crockford's base 32
//! (digits and capital letters without I, L, O and U, so nothing looks alike)
//! followed by two check characters, in groups of six: 54 characters in
//! nine groups. The check is the sum of each character's value times its
//! position, modulo the prime 1021: any one mistyped character and any two
//! neighbours swapped change it.

use zeroize::Zeroizing;

use super::file::SyncKey;
use shopkeeper_core::{CoreError, Result};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const KEY_CHARS: usize = 52;
const CODE_CHARS: usize = KEY_CHARS + 2;

/// The key as a pairing code (`ABC123-…`).
pub(crate) fn encode(key: &SyncKey) -> Zeroizing<String> {
    let bytes = key.bytes();
    let mut chars = Zeroizing::new(Vec::with_capacity(CODE_CHARS));
    let (mut acc, mut bits) = (0u32, 0u32);
    for b in bytes.iter() {
        acc = (acc << 8) | u32::from(*b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            chars.push(ALPHABET[((acc >> bits) & 31) as usize]);
        }
        acc &= (1 << bits) - 1;
    }
    chars.push(ALPHABET[((acc << (5 - bits)) & 31) as usize]);
    let check = check_of(&chars);
    chars.push(ALPHABET[(check >> 5) as usize]);
    chars.push(ALPHABET[(check & 31) as usize]);
    let mut out = Zeroizing::new(String::with_capacity(CODE_CHARS + 8));
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && i % 6 == 0 {
            out.push('-');
        }
        out.push(char::from(*c));
    }
    out
}

/// Reads a pairing code as typed: case, spaces and dashes do not matter, and
/// O, I and L are read as 0, 1 and 1.
pub(crate) fn decode(code: &str) -> Result<SyncKey> {
    let mut values = Zeroizing::new(Vec::with_capacity(CODE_CHARS));
    for c in code.chars().filter(|c| !c.is_whitespace() && *c != '-') {
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        };
        let Some(v) = ALPHABET.iter().position(|a| char::from(*a) == c) else {
            return Err(CoreError::invalid(
                "code",
                msg!("error-code-pairing-code-has", c = c.to_string()),
            ));
        };
        values.push(v as u32);
    }
    if values.len() != CODE_CHARS {
        return Err(CoreError::invalid(
            "code",
            msg!(
                "error-code-pairing-code-has-2",
                code_chars = CODE_CHARS.to_string(),
                values = (values.len()).to_string()
            ),
        ));
    }
    let mut bytes = Zeroizing::new([0u8; 32]);
    let (mut acc, mut bits, mut n) = (0u32, 0u32, 0usize);
    for v in &values[..KEY_CHARS] {
        acc = (acc << 5) | v;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            bytes[n] = (acc >> bits) as u8;
            n += 1;
            acc &= (1 << bits) - 1;
        }
    }
    let check = (values[KEY_CHARS] << 5) | values[KEY_CHARS + 1];
    let data: Zeroizing<Vec<u8>> = Zeroizing::new(
        values[..KEY_CHARS]
            .iter()
            .map(|v| ALPHABET[*v as usize])
            .collect(),
    );
    if acc != 0 || check != check_of(&data) {
        return Err(CoreError::invalid(
            "code",
            msg!("error-code-pairing-code-has-3"),
        ));
    }
    Ok(SyncKey::from_bytes(bytes))
}

/// The check value (below 1024) of the key's characters.
fn check_of(chars: &[u8]) -> u32 {
    chars.iter().enumerate().fold(0, |sum, (i, c)| {
        let v = ALPHABET.iter().position(|a| a == c).unwrap_or(0) as u32;
        (sum + (i as u32 + 1) * v) % 1021
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_typing_mistakes_are_caught() {
        for _ in 0..50 {
            let key = SyncKey::generate();
            let code = encode(&key);
            assert_eq!(code.len(), CODE_CHARS + 8);
            assert_eq!(decode(&code).unwrap().bytes(), key.bytes());
            // Lower case and spaces instead of dashes are fine.
            let typed = code.to_lowercase().replace('-', " ");
            assert_eq!(decode(&typed).unwrap().bytes(), key.bytes());
            // One character changed is caught.
            let mut chars: Vec<char> = code.chars().collect();
            let i = 3;
            chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
            let mut swapped: Vec<char> = code.chars().collect();
            swapped.swap(7, 8);
            if swapped[7] != swapped[8] {
                let swapped: String = swapped.into_iter().collect();
                assert!(decode(&swapped).is_err(), "{swapped}");
            }
            let wrong: String = chars.into_iter().collect();
            let err = decode(&wrong).unwrap_err();
            assert_eq!(err.field(), Some("code"));
        }
        assert!(decode("ABC").unwrap_err().to_string().contains("54"));
        assert!(decode("ÄBC").unwrap_err().to_string().contains("Ä"));
    }
}
