//! The header: magic, version, key slots wrapping the file key, and the header MAC.

use std::io::{self, Read};

use chacha20poly1305::aead::{AeadInPlace, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce, Tag};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::error::{BackupError, Result};
use crate::format::*;
use crate::keys::{BackupKeys, BackupUnlock, KdfParams, UnlockSecret, KEY_LEN};

/// The secrets shared by the metadata block and the payload of one file.
pub(crate) struct FileKeys {
    pub(crate) file_key: Zeroizing<[u8; KEY_LEN]>,
    pub(crate) file_salt: [u8; KEY_LEN],
    /// Length of the metadata ciphertext that follows the header.
    pub(crate) meta_len: u32,
}

impl FileKeys {
    pub(crate) fn metadata_key(&self) -> Zeroizing<[u8; KEY_LEN]> {
        hkdf(self.file_key.as_ref(), &self.file_salt, INFO_METADATA)
    }
    pub(crate) fn payload_key(&self) -> Zeroizing<[u8; KEY_LEN]> {
        hkdf(self.file_key.as_ref(), &self.file_salt, INFO_PAYLOAD)
    }
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes"))
}

fn header_mac(file_keys: &FileKeys, bytes: &[u8]) -> Hmac<Sha256> {
    let key = hkdf(
        file_keys.file_key.as_ref(),
        &file_keys.file_salt,
        INFO_HEADER,
    );
    let mut mac =
        <Hmac<Sha256> as Mac>::new_from_slice(key.as_ref()).expect("HMAC takes any key length");
    mac.update(bytes);
    mac
}

/// One 96-byte slot: the 48 bytes of description (also the AEAD's associated
/// data) followed by the wrapped file key.
fn seal_slot(
    kind: u8,
    params: [u32; 3],
    salt: &[u8; KEY_LEN],
    wrap_key: &[u8; KEY_LEN],
    file_key: &[u8; KEY_LEN],
) -> Vec<u8> {
    let mut slot = Vec::with_capacity(SLOT_LEN);
    slot.push(kind);
    slot.extend_from_slice(&[0, 0, 0]);
    for v in params {
        slot.extend_from_slice(&v.to_le_bytes());
    }
    slot.extend_from_slice(salt);
    let mut wrapped = *file_key;
    let tag = ChaCha20Poly1305::new(Key::from_slice(wrap_key))
        .encrypt_in_place_detached(Nonce::from_slice(&[0; 12]), &slot, &mut wrapped)
        .expect("32 bytes always encrypt");
    slot.extend_from_slice(&wrapped);
    wrapped.iter_mut().for_each(|b| *b = 0);
    slot.extend_from_slice(&tag);
    debug_assert_eq!(slot.len(), SLOT_LEN);
    slot
}

/// Try to unwrap the file key from one slot with one wrapping key.
fn open_slot(slot: &[u8], wrap_key: &[u8; KEY_LEN]) -> Option<Zeroizing<[u8; KEY_LEN]>> {
    let (ad, rest) = slot.split_at(48);
    let mut file_key = Zeroizing::new([0u8; KEY_LEN]);
    file_key.copy_from_slice(&rest[..KEY_LEN]);
    let tag = Tag::from_slice(&rest[KEY_LEN..]);
    ChaCha20Poly1305::new(Key::from_slice(wrap_key))
        .decrypt_in_place_detached(Nonce::from_slice(&[0; 12]), ad, file_key.as_mut(), tag)
        .ok()?;
    Some(file_key)
}

/// Build a new header for `keys` with a fresh random file key and salt.
/// Returns the header bytes (MAC included) and the file's keys.
pub(crate) fn new_header(keys: &BackupKeys, meta_len: u32) -> (Vec<u8>, FileKeys) {
    let mut file_key = Zeroizing::new([0u8; KEY_LEN]);
    let mut file_salt = [0u8; KEY_LEN];
    rand::rngs::OsRng.fill_bytes(file_key.as_mut());
    rand::rngs::OsRng.fill_bytes(&mut file_salt);
    let fk = FileKeys {
        file_key,
        file_salt,
        meta_len,
    };

    let slot_count: u32 = if keys.recovery_key.is_some() { 2 } else { 1 };
    let mut out = Vec::with_capacity(FIXED_LEN + SLOT_LEN * 2 + MAC_LEN);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&slot_count.to_le_bytes());
    out.extend_from_slice(&meta_len.to_le_bytes());
    out.extend_from_slice(&file_salt);

    let wrap = hkdf(
        keys.passphrase_secret.as_ref(),
        &file_salt,
        INFO_PASSPHRASE_SLOT,
    );
    let p = keys.params;
    out.extend(seal_slot(
        SLOT_PASSPHRASE,
        [p.m_kib, p.t, p.p],
        &keys.slot_salt,
        &wrap,
        &fk.file_key,
    ));
    if let Some(rk) = &keys.recovery_key {
        let wrap = hkdf(rk, &file_salt, INFO_RECOVERY_SLOT);
        out.extend(seal_slot(
            SLOT_RECOVERY,
            [0, 0, 0],
            &[0; KEY_LEN],
            &wrap,
            &fk.file_key,
        ));
    }
    let tag = header_mac(&fk, &out).finalize().into_bytes();
    out.extend_from_slice(&tag);
    (out, fk)
}

/// Read exactly `buf.len()` bytes; a short file is [`BackupError::Truncated`].
pub(crate) fn read_full<R: Read>(r: &mut R, buf: &mut [u8]) -> Result<()> {
    r.read_exact(buf).map_err(|e| {
        if e.kind() == io::ErrorKind::UnexpectedEof {
            BackupError::Truncated
        } else {
            BackupError::Io(e)
        }
    })
}

/// Whether `prefix` (the first bytes of a file) starts with the backup magic.
pub(crate) fn has_magic(prefix: &[u8]) -> bool {
    prefix.len() >= MAGIC.len() && &prefix[..MAGIC.len()] == MAGIC
}

/// A header as read, before any key: its fixed part, slots and MAC.
struct RawHeader {
    fixed: [u8; FIXED_LEN],
    file_salt: [u8; KEY_LEN],
    meta_len: u32,
    slots: Vec<u8>,
    mac: Vec<u8>,
}

impl RawHeader {
    /// Read and check the shape of the header from `r`.
    fn read<R: Read>(r: &mut R) -> Result<RawHeader> {
        let mut fixed = [0u8; FIXED_LEN];
        let mut got = 0;
        while got < FIXED_LEN {
            match r.read(&mut fixed[got..]) {
                Ok(0) => break,
                Ok(n) => got += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e.into()),
            }
        }
        if !has_magic(&fixed[..got]) {
            return Err(BackupError::NotABackup);
        }
        if got < FIXED_LEN {
            return Err(BackupError::Truncated);
        }
        let version = u32_at(&fixed, 16);
        if version > VERSION {
            return Err(BackupError::NewerVersion);
        }
        if version != VERSION {
            return Err(BackupError::Damaged);
        }
        let slot_count = u32_at(&fixed, 20);
        let meta_len = u32_at(&fixed, 24);
        if slot_count == 0
            || slot_count > MAX_SLOTS
            || meta_len < TAG_LEN as u32
            || meta_len > MAX_META_LEN
        {
            return Err(BackupError::Damaged);
        }
        let mut file_salt = [0u8; KEY_LEN];
        file_salt.copy_from_slice(&fixed[28..60]);
        let mut slots = vec![0u8; slot_count as usize * SLOT_LEN];
        read_full(r, &mut slots)?;
        let mut mac = vec![0u8; MAC_LEN];
        read_full(r, &mut mac)?;
        Ok(RawHeader {
            fixed,
            file_salt,
            meta_len,
            slots,
            mac,
        })
    }

    /// The slots of `kind`, with the KDF parameters and salt each names.
    fn slots_of(&self, kind: u8) -> impl Iterator<Item = (&[u8], KdfParams, [u8; KEY_LEN])> {
        self.slots
            .chunks_exact(SLOT_LEN)
            .filter(move |s| s[0] == kind)
            .map(|slot| {
                let params = KdfParams {
                    m_kib: u32_at(slot, 4),
                    t: u32_at(slot, 8),
                    p: u32_at(slot, 12),
                };
                let salt: [u8; KEY_LEN] = slot[16..48].try_into().expect("32 bytes");
                (slot, params, salt)
            })
    }

    /// The file's keys once a slot gave `file_key`, if the header MAC holds.
    fn finish(self, file_key: Zeroizing<[u8; KEY_LEN]>) -> Result<FileKeys> {
        let fk = FileKeys {
            file_key,
            file_salt: self.file_salt,
            meta_len: self.meta_len,
        };
        let mut m = header_mac(&fk, &self.fixed);
        m.update(&self.slots);
        m.verify_slice(&self.mac)
            .map_err(|_| BackupError::Damaged)?;
        Ok(fk)
    }
}

/// Read the header from `r`, open a key slot with `unlock`, and check the header MAC.
pub(crate) fn read_header<R: Read>(r: &mut R, unlock: &BackupUnlock) -> Result<FileKeys> {
    let raw = RawHeader::read(r)?;
    let wanted = match unlock.secret {
        UnlockSecret::Passphrase(_) => SLOT_PASSPHRASE,
        UnlockSecret::RecoveryKey(_) => SLOT_RECOVERY,
    };
    let mut file_key = None;
    let mut seen_kind = false;
    for (slot, params, salt) in raw.slots_of(wanted) {
        seen_kind = true;
        let wrap = match &unlock.secret {
            UnlockSecret::Passphrase(pw) => {
                let secret = unlock.passphrase_secret(pw, &salt, params)?;
                hkdf(secret.as_ref(), &raw.file_salt, INFO_PASSPHRASE_SLOT)
            }
            UnlockSecret::RecoveryKey(rk) => hkdf(rk, &raw.file_salt, INFO_RECOVERY_SLOT),
        };
        if let Some(k) = open_slot(slot, &wrap) {
            file_key = Some(k);
            break;
        }
    }
    let Some(file_key) = file_key else {
        return Err(match (wanted, seen_kind) {
            (SLOT_PASSPHRASE, true) => BackupError::WrongPassphrase,
            (SLOT_PASSPHRASE, false) => BackupError::Damaged,
            (_, true) => BackupError::WrongRecoveryKey,
            (_, false) => BackupError::NoRecoverySlot,
        });
    };
    raw.finish(file_key)
}

/// Read the header from `r` and authenticate it with the keys new backups
/// are made with, without running Argon2id: a passphrase slot opens only if
/// it names `keys`' own salt and parameters (whose Argon2id output `keys`
/// holds), a recovery slot only with `keys`' recovery key.
pub(crate) fn read_header_with_keys<R: Read>(r: &mut R, keys: &BackupKeys) -> Result<FileKeys> {
    let raw = RawHeader::read(r)?;
    let mut file_key = None;
    for (slot, params, salt) in raw.slots_of(SLOT_PASSPHRASE) {
        if params == keys.params && salt == keys.slot_salt {
            let wrap = hkdf(
                keys.passphrase_secret.as_ref(),
                &raw.file_salt,
                INFO_PASSPHRASE_SLOT,
            );
            file_key = file_key.or_else(|| open_slot(slot, &wrap));
        }
    }
    if let Some(rk) = &keys.recovery_key {
        let wrap = hkdf(rk, &raw.file_salt, INFO_RECOVERY_SLOT);
        for (slot, _, _) in raw.slots_of(SLOT_RECOVERY) {
            file_key = file_key.or_else(|| open_slot(slot, &wrap));
        }
    }
    raw.finish(file_key.ok_or(BackupError::WrongPassphrase)?)
}
