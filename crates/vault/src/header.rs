//! The vault header: two 4096-byte copies (A at offset 0, B at 4096) holding
//! the database id, KDF parameters and the two key slots. See
//! `docs/vault-format.md` for the byte layout.

use chacha20poly1305::aead::{AeadInPlace, KeyInit};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use rand::RngCore;
use shopkeeper_crypto::{open, seal, Nonce, SecretKey};
use zeroize::Zeroizing;

use crate::KdfParams;

/// Magic bytes at the start of each header copy.
pub const MAGIC: [u8; 8] = *b"SHOPKVLT";
/// The format version this code writes. Version 1 files are still read,
/// and upgraded on open (`crate::migrate`).
pub const FORMAT_VERSION: u16 = 2;
/// The first format version, without write epochs.
pub const LEGACY_VERSION: u16 = 1;
/// Length of one header copy.
pub const COPY_LEN: usize = 4096;
/// Length of the header region (two copies) before the first data block.
pub const HEADER_REGION: u64 = 2 * COPY_LEN as u64;

const OFF_GEN: usize = 16;
const OFF_DBID: usize = 24;
const OFF_KDF: usize = 40;
const OFF_SLOT0: usize = 56;
const OFF_SLOT1: usize = 160;
const SLOT_LEN: usize = 104;
const OFF_MAC: usize = 264;
const MAC_END: usize = 304;
/// Version 2: where the epoch of the last commit (u64) sits, then the epoch digest (16).
pub const OFF_EPOCH: usize = 304;
const OFF_DIGEST: usize = 312;
const V2_END: usize = 328;
const OFF_CRC: usize = COPY_LEN - 4;

/// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), table-driven and
/// SIMD-accelerated by `crc32fast` (the header's two copies are checked at
/// every commit, where a bit-at-a-time loop cost tens of microseconds).
pub fn crc32(data: &[u8]) -> u32 {
    crc32fast::hash(data)
}

/// One key slot: the data key wrapped under a key-encryption key.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Slot {
    /// KDF salt.
    pub salt: [u8; 32],
    /// XChaCha20-Poly1305 nonce.
    pub nonce: [u8; 24],
    /// Encrypted data key (32 bytes) followed by its tag (16 bytes).
    pub wrapped: [u8; 48],
}

impl Slot {
    fn read(b: &[u8]) -> Slot {
        let mut s = Slot {
            salt: [0; 32],
            nonce: [0; 24],
            wrapped: [0; 48],
        };
        s.salt.copy_from_slice(&b[0..32]);
        s.nonce.copy_from_slice(&b[32..56]);
        s.wrapped.copy_from_slice(&b[56..104]);
        s
    }
    fn write(&self, b: &mut [u8]) {
        b[0..32].copy_from_slice(&self.salt);
        b[32..56].copy_from_slice(&self.nonce);
        b[56..104].copy_from_slice(&self.wrapped);
    }
}

/// Which key slot.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SlotKind {
    /// Slot 0, key derived from the passphrase.
    Passphrase,
    /// Slot 1, key derived from the recovery key.
    Recovery,
}

/// A parsed header copy.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Header {
    /// Format version of this copy (1 or 2).
    pub version: u16,
    /// Version 2: the epoch of the last committed write transaction.
    pub epoch: u64,
    /// Version 2: the digest of every block's epoch (see `crate::epoch`).
    pub digest: [u8; 16],
    /// Generation counter; the valid copy with the highest one wins.
    pub generation: u64,
    /// Random database id, bound into every block's associated data.
    pub db_id: [u8; 16],
    /// Argon2id parameters of the passphrase slot.
    pub kdf: KdfParams,
    /// Passphrase slot.
    pub pass: Slot,
    /// Recovery slot.
    pub recovery: Slot,
    /// Nonce of the header MAC.
    pub mac_nonce: [u8; 24],
    /// Tag of the header MAC (XChaCha20-Poly1305 under the data key, empty plaintext).
    pub mac_tag: [u8; 16],
}

/// Why a header copy was rejected.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CopyError {
    /// No magic: not a vault header.
    NotOurs,
    /// Magic present but a newer format version.
    Newer,
    /// Magic present but checksum or fields invalid (torn or tampered).
    Bad,
}

fn u32_at(b: &[u8], off: usize) -> u32 {
    u32::from_le_bytes([b[off], b[off + 1], b[off + 2], b[off + 3]])
}

impl Header {
    /// Parse one 4096-byte copy. Never panics, never allocates beyond the copy.
    pub fn decode(b: &[u8]) -> Result<Header, CopyError> {
        if b.len() < COPY_LEN || b[0..8] != MAGIC {
            return Err(CopyError::NotOurs);
        }
        let b = &b[..COPY_LEN];
        let version = u16::from_le_bytes([b[8], b[9]]);
        if version > FORMAT_VERSION {
            return Err(CopyError::Newer);
        }
        if version != FORMAT_VERSION && version != LEGACY_VERSION {
            return Err(CopyError::Bad);
        }
        let fields_end = if version == LEGACY_VERSION {
            MAC_END
        } else {
            V2_END
        };
        if crc32(&b[..OFF_CRC]) != u32_at(b, OFF_CRC) {
            return Err(CopyError::Bad);
        }
        // Reserved fields and padding must be zero.
        if b[10..16].iter().any(|&x| x != 0)
            || b[52..56].iter().any(|&x| x != 0)
            || b[fields_end..OFF_CRC].iter().any(|&x| x != 0)
        {
            return Err(CopyError::Bad);
        }
        let mut db_id = [0u8; 16];
        db_id.copy_from_slice(&b[OFF_DBID..OFF_DBID + 16]);
        let mut gen = [0u8; 8];
        gen.copy_from_slice(&b[OFF_GEN..OFF_GEN + 8]);
        let mut mac_nonce = [0u8; 24];
        mac_nonce.copy_from_slice(&b[OFF_MAC..OFF_MAC + 24]);
        let mut mac_tag = [0u8; 16];
        mac_tag.copy_from_slice(&b[OFF_MAC + 24..MAC_END]);
        let mut epoch = [0u8; 8];
        let mut digest = [0u8; 16];
        if version == FORMAT_VERSION {
            epoch.copy_from_slice(&b[OFF_EPOCH..OFF_DIGEST]);
            digest.copy_from_slice(&b[OFF_DIGEST..V2_END]);
        }
        Ok(Header {
            version,
            epoch: u64::from_le_bytes(epoch),
            digest,
            generation: u64::from_le_bytes(gen),
            db_id,
            kdf: KdfParams {
                m_kib: u32_at(b, OFF_KDF),
                t: u32_at(b, OFF_KDF + 4),
                p: u32_at(b, OFF_KDF + 8),
            },
            pass: Slot::read(&b[OFF_SLOT0..OFF_SLOT0 + SLOT_LEN]),
            recovery: Slot::read(&b[OFF_SLOT1..OFF_SLOT1 + SLOT_LEN]),
            mac_nonce,
            mac_tag,
        })
    }

    /// Serialize one copy (including the CRC).
    pub fn encode(&self) -> Vec<u8> {
        let mut b = self.encode_unchecked();
        let crc = crc32(&b[..OFF_CRC]);
        b[OFF_CRC..].copy_from_slice(&crc.to_le_bytes());
        b
    }

    fn encode_unchecked(&self) -> Vec<u8> {
        let mut b = vec![0u8; COPY_LEN];
        b[0..8].copy_from_slice(&MAGIC);
        b[8..10].copy_from_slice(&self.version.to_le_bytes());
        b[OFF_GEN..OFF_GEN + 8].copy_from_slice(&self.generation.to_le_bytes());
        b[OFF_DBID..OFF_DBID + 16].copy_from_slice(&self.db_id);
        b[OFF_KDF..OFF_KDF + 4].copy_from_slice(&self.kdf.m_kib.to_le_bytes());
        b[OFF_KDF + 4..OFF_KDF + 8].copy_from_slice(&self.kdf.t.to_le_bytes());
        b[OFF_KDF + 8..OFF_KDF + 12].copy_from_slice(&self.kdf.p.to_le_bytes());
        self.pass.write(&mut b[OFF_SLOT0..OFF_SLOT0 + SLOT_LEN]);
        self.recovery.write(&mut b[OFF_SLOT1..OFF_SLOT1 + SLOT_LEN]);
        b[OFF_MAC..OFF_MAC + 24].copy_from_slice(&self.mac_nonce);
        b[OFF_MAC + 24..MAC_END].copy_from_slice(&self.mac_tag);
        if self.version != LEGACY_VERSION {
            b[OFF_EPOCH..OFF_DIGEST].copy_from_slice(&self.epoch.to_le_bytes());
            b[OFF_DIGEST..V2_END].copy_from_slice(&self.digest);
        }
        b
    }

    /// The slots' associated data names version 1 in every format version:
    /// a slot can only be rewrapped with its own secret, so upgrading the
    /// file format must leave the slots as they are.
    fn common_ad(&self) -> Vec<u8> {
        let mut ad = Vec::with_capacity(64);
        ad.extend_from_slice(&MAGIC);
        ad.extend_from_slice(&LEGACY_VERSION.to_le_bytes());
        ad.extend_from_slice(&self.db_id);
        ad
    }

    fn slot_ad(&self, kind: SlotKind) -> Vec<u8> {
        let mut ad = Vec::with_capacity(128);
        match kind {
            SlotKind::Passphrase => {
                ad.extend_from_slice(b"SKV1-SLOT-PASS");
                ad.extend_from_slice(&self.common_ad());
                ad.extend_from_slice(&self.kdf.m_kib.to_le_bytes());
                ad.extend_from_slice(&self.kdf.t.to_le_bytes());
                ad.extend_from_slice(&self.kdf.p.to_le_bytes());
                ad.extend_from_slice(&self.pass.salt);
            }
            SlotKind::Recovery => {
                ad.extend_from_slice(b"SKV1-SLOT-RECV");
                ad.extend_from_slice(&self.common_ad());
                ad.extend_from_slice(&self.recovery.salt);
            }
        }
        ad
    }

    fn slot(&self, kind: SlotKind) -> &Slot {
        match kind {
            SlotKind::Passphrase => &self.pass,
            SlotKind::Recovery => &self.recovery,
        }
    }

    /// Wrap `dek` under `kek` into the given slot (the slot's salt must already be set).
    pub fn wrap(&mut self, kind: SlotKind, kek: &SecretKey, dek: &[u8; 32]) {
        let ad = self.slot_ad(kind);
        let nonce = Nonce::random();
        let sealed = seal(kek, &nonce, &ad, dek);
        let slot = match kind {
            SlotKind::Passphrase => &mut self.pass,
            SlotKind::Recovery => &mut self.recovery,
        };
        slot.nonce = *nonce.as_bytes();
        slot.wrapped.copy_from_slice(&sealed);
    }

    /// Unwrap the data key from a slot; `None` if the key-encryption key is wrong
    /// or the slot or the fields it is bound to were altered.
    pub fn unwrap(&self, kind: SlotKind, kek: &SecretKey) -> Option<Zeroizing<[u8; 32]>> {
        let slot = self.slot(kind);
        let nonce = Nonce::from_bytes(slot.nonce);
        let plain = open(kek, &nonce, &self.slot_ad(kind), &slot.wrapped).ok()?;
        let mut dek = Zeroizing::new([0u8; 32]);
        dek.copy_from_slice(plain.get(..32).filter(|_| plain.len() == 32)?);
        Some(dek)
    }

    fn mac_ad(&self) -> Vec<u8> {
        let mut ad = b"SKV1-HEADER-MAC".to_vec();
        let b = self.encode_unchecked();
        ad.extend_from_slice(&b[..OFF_MAC]);
        if self.version != LEGACY_VERSION {
            ad.extend_from_slice(&b[OFF_EPOCH..V2_END]);
        }
        ad
    }

    /// Compute the header MAC under the data key (call after all other fields are final).
    pub fn seal(&mut self, dek: &[u8; 32]) {
        self.seal_with(&XChaCha20Poly1305::new(Key::from_slice(dek)));
    }

    /// [`Header::seal`] with the data key's cipher.
    pub fn seal_with(&mut self, aead: &XChaCha20Poly1305) {
        let mut nonce = [0u8; 24];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let ad = self.mac_ad();
        let tag = aead
            .encrypt_in_place_detached(XNonce::from_slice(&nonce), &ad, &mut [])
            .expect("MAC over a header cannot fail");
        self.mac_nonce = nonce;
        self.mac_tag.copy_from_slice(&tag);
    }

    /// Check the header MAC under the data key.
    pub fn verify_mac(&self, dek: &[u8; 32]) -> bool {
        self.verify_mac_with(&XChaCha20Poly1305::new(Key::from_slice(dek)))
    }

    /// [`Header::verify_mac`] with the data key's cipher.
    pub fn verify_mac_with(&self, aead: &XChaCha20Poly1305) -> bool {
        let ad = self.mac_ad();
        aead.decrypt_in_place_detached(
            XNonce::from_slice(&self.mac_nonce),
            &ad,
            &mut [],
            chacha20poly1305::Tag::from_slice(&self.mac_tag),
        )
        .is_ok()
    }
}

/// The outcome of reading the header region.
#[derive(Debug)]
pub struct Region {
    /// Valid copies, best (highest generation, then highest epoch) first, with their index (0 = A, 1 = B).
    pub copies: Vec<(usize, Header)>,
}

impl Region {
    /// The generation of a header written over this region: one past the
    /// highest of its valid copies.
    pub fn next_generation(&self) -> u64 {
        self.copies
            .iter()
            .map(|(_, c)| c.generation)
            .max()
            .unwrap_or(0)
            + 1
    }
}

/// Parse the header region (up to 8192 bytes; shorter input is treated as missing copies).
pub fn parse_region(region: &[u8]) -> Result<Region, crate::VaultError> {
    use crate::VaultError;
    let mut copies = Vec::new();
    let mut errors = Vec::new();
    for i in 0..2 {
        let start = i * COPY_LEN;
        let res = if region.len() >= start + COPY_LEN {
            Header::decode(&region[start..start + COPY_LEN])
        } else if region.len() > start
            && region.len() >= start + 8
            && region[start..start + 8] == MAGIC
        {
            Err(CopyError::Bad)
        } else {
            Err(CopyError::NotOurs)
        };
        match res {
            Ok(h) => copies.push((i, h)),
            Err(e) => errors.push(e),
        }
    }
    if copies.is_empty() {
        return Err(if errors.contains(&CopyError::Newer) {
            VaultError::NewerVersion
        } else if errors.iter().all(|e| *e == CopyError::NotOurs) {
            VaultError::NotAVault
        } else {
            VaultError::Damaged
        });
    }
    // Commits write both copies with the same generation and a new epoch,
    // the second copy after the first is synced: the higher epoch is newer.
    copies.sort_by(|a, b| {
        (b.1.generation, b.1.epoch)
            .cmp(&(a.1.generation, a.1.epoch))
            .then(a.0.cmp(&b.0))
    });
    Ok(Region { copies })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> Header {
        Header {
            version: FORMAT_VERSION,
            epoch: 5,
            digest: [10; 16],
            generation: 3,
            db_id: [9; 16],
            kdf: KdfParams::MIN,
            pass: Slot {
                salt: [1; 32],
                nonce: [2; 24],
                wrapped: [3; 48],
            },
            recovery: Slot {
                salt: [4; 32],
                nonce: [5; 24],
                wrapped: [6; 48],
            },
            mac_nonce: [7; 24],
            mac_tag: [8; 16],
        }
    }

    #[test]
    fn round_trip_and_wrap() {
        let mut h = sample();
        let key = |b: u8| SecretKey::from_bytes(Zeroizing::new([b; 32]));
        let kek = key(0x11);
        let dek = [0x22; 32];
        h.wrap(SlotKind::Passphrase, &kek, &dek);
        h.wrap(SlotKind::Recovery, &key(0x33), &dek);
        h.seal(&dek);
        let back = Header::decode(&h.encode()).unwrap();
        assert_eq!(back, h);
        assert_eq!(*back.unwrap(SlotKind::Passphrase, &kek).unwrap(), dek);
        assert!(back.unwrap(SlotKind::Passphrase, &key(0x12)).is_none());
        assert!(back.verify_mac(&dek));
        let mut changed = back.clone();
        changed.kdf.t += 1;
        assert!(changed.unwrap(SlotKind::Passphrase, &kek).is_none());
        assert!(!changed.verify_mac(&dek));
        // The recovery slot does not depend on the KDF parameters or generation.
        changed.generation += 1;
        assert!(changed.unwrap(SlotKind::Recovery, &key(0x33)).is_some());
    }

    #[test]
    fn region_picks_highest_generation_and_survives_torn_copy() {
        let a = sample();
        let mut b = sample();
        b.generation = 4;
        let mut region = a.encode();
        region.extend(b.encode());
        assert_eq!(parse_region(&region).unwrap().copies[0].1.generation, 4);
        region[4096 + 100] ^= 1; // tear B
        let r = parse_region(&region).unwrap();
        assert_eq!(r.copies.len(), 1);
        assert_eq!(r.copies[0].1.generation, 3);
        assert!(matches!(
            parse_region(&[0u8; 8192]),
            Err(crate::VaultError::NotAVault)
        ));
        let mut newer = sample().encode();
        newer[8] = 3;
        newer.extend(vec![0u8; 4096]);
        assert!(matches!(
            parse_region(&newer),
            Err(crate::VaultError::NewerVersion)
        ));
    }

    proptest! {
        #[test]
        fn parser_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..9000)) {
            let _ = parse_region(&bytes);
            let _ = Header::decode(&bytes);
        }

        #[test]
        fn parser_never_panics_on_mutated_headers(flips in proptest::collection::vec((0usize..8192, any::<u8>()), 1..8)) {
            let mut region = sample().encode();
            region.extend(sample().encode());
            for (i, v) in flips { region[i] = v; }
            let _ = parse_region(&region);
        }
    }
}
