//! Constants of format version 1 and the key schedule (see `docs/backup-format.md`).

use hkdf::Hkdf;
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::keys::KEY_LEN;

/// The 16 bytes every backup file starts with.
pub const MAGIC: &[u8; 16] = b"SHOPKEEPER-BKUP\n";
/// The format version this crate writes and reads.
pub const VERSION: u32 = 1;
/// Plaintext bytes in every payload chunk but the last.
pub const CHUNK_SIZE: usize = 64 * 1024;
/// Poly1305 tag length.
pub const TAG_LEN: usize = 16;
/// File name extension of backups made by [`crate::backup_file_name`].
pub const EXTENSION: &str = "skbackup";

/// Length of the fixed part of the header (magic to file salt).
pub(crate) const FIXED_LEN: usize = 60;
/// Length of one key slot.
pub(crate) const SLOT_LEN: usize = 96;
/// Most key slots a header may hold.
pub(crate) const MAX_SLOTS: u32 = 4;
/// Length of the header MAC.
pub(crate) const MAC_LEN: usize = 32;
/// Largest metadata ciphertext accepted.
pub(crate) const MAX_META_LEN: u32 = 64 * 1024;

pub(crate) const SLOT_PASSPHRASE: u8 = 1;
pub(crate) const SLOT_RECOVERY: u8 = 2;

pub(crate) const INFO_PASSPHRASE_SLOT: &[u8] = b"shopkeeper-backup v1 passphrase slot";
pub(crate) const INFO_RECOVERY_SLOT: &[u8] = b"shopkeeper-backup v1 recovery slot";
pub(crate) const INFO_HEADER: &[u8] = b"shopkeeper-backup v1 header";
pub(crate) const INFO_METADATA: &[u8] = b"shopkeeper-backup v1 metadata";
pub(crate) const INFO_PAYLOAD: &[u8] = b"shopkeeper-backup v1 payload";

/// HKDF-SHA256 with a 32-byte output.
pub(crate) fn hkdf(ikm: &[u8], salt: &[u8], info: &[u8]) -> Zeroizing<[u8; KEY_LEN]> {
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    Hkdf::<Sha256>::new(Some(salt), ikm)
        .expand(info, out.as_mut())
        .expect("32 bytes is a valid HKDF-SHA256 output length");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 5869 test case 1, truncated to 32 bytes: our HKDF is the standard one.
    #[test]
    fn hkdf_matches_rfc5869() {
        let ikm = [0x0b; 22];
        let salt: Vec<u8> = (0u8..=0x0c).collect();
        let info: Vec<u8> = (0xf0u8..=0xf9).collect();
        let okm = hkdf(&ikm, &salt, &info);
        assert_eq!(
            okm[..],
            [
                0x3c, 0xb2, 0x5f, 0x25, 0xfa, 0xac, 0xd5, 0x7a, 0x90, 0x43, 0x4f, 0x64, 0xd0, 0x36,
                0x2f, 0x2a, 0x2d, 0x2d, 0x0a, 0x90, 0xcf, 0x1a, 0x5a, 0x4c, 0x5d, 0xb0, 0x2d, 0x56,
                0xec, 0xc4, 0xc5, 0xbf
            ]
        );
    }

    #[test]
    fn layout_constants_agree() {
        assert_eq!(FIXED_LEN, 16 + 4 + 4 + 4 + 32);
        assert_eq!(SLOT_LEN, 1 + 3 + 12 + 32 + 32 + TAG_LEN);
    }
}
