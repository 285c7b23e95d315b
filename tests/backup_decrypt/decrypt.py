#!/usr/bin/env python3
"""Independent decryptor for Shopkeeper backups, written from docs/backup-format.md only.

Usage: decrypt.py BACKUP PASSPHRASE OUT.db
       decrypt.py BACKUP --recovery-hex HEX OUT.db

Writes the database to OUT.db (only after the whole payload has authenticated)
and prints the metadata as JSON. Exit status 0 on success, 2 on any error.
"""

import hashlib
import hmac
import json
import os
import struct
import sys
import unicodedata

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.exceptions import InvalidTag

MAGIC = b"SHOPKEEPER-BKUP\n"
CHUNK = 65536
TAG = 16
STORED_CHUNK = CHUNK + TAG


class BackupError(Exception):
    pass


def hkdf(ikm: bytes, salt: bytes, info: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info.encode("ascii")).derive(ikm)


def u32(b: bytes, at: int) -> int:
    return struct.unpack_from("<I", b, at)[0]


def unlock(slots: list, file_salt: bytes, passphrase=None, recovery=None) -> bytes:
    for slot in slots:
        kind = slot[0]
        if passphrase is not None and kind == 1:
            m, t, p = u32(slot, 4), u32(slot, 8), u32(slot, 12)
            if not (65536 <= m <= 2097152 and 3 <= t <= 64 and 4 <= p <= 16 and m * t <= 16777216):
                raise BackupError("KDF parameters out of bounds")
            pw = unicodedata.normalize("NFC", passphrase).encode("utf-8")
            secret = hash_secret_raw(pw, slot[16:48], time_cost=t, memory_cost=m, parallelism=p,
                                     hash_len=32, type=Type.ID, version=19)
            wrap_key = hkdf(secret, file_salt, "shopkeeper-backup v1 passphrase slot")
        elif recovery is not None and kind == 2:
            wrap_key = hkdf(recovery, file_salt, "shopkeeper-backup v1 recovery slot")
        else:
            continue
        try:
            return ChaCha20Poly1305(wrap_key).decrypt(bytes(12), slot[48:96], slot[0:48])
        except InvalidTag:
            pass
    raise BackupError("wrong passphrase or recovery key")


def decrypt(path: str, out_path: str, passphrase=None, recovery=None) -> dict:
    with open(path, "rb") as f:
        data = f.read()  # a test tool: simplicity over memory
    if len(data) < 16 or data[:16] != MAGIC:
        raise BackupError("not a Shopkeeper backup")
    if len(data) < 60:
        raise BackupError("cut short")
    version, n, meta_len = u32(data, 16), u32(data, 20), u32(data, 24)
    if version != 1:
        raise BackupError("unsupported version %d" % version)
    if not (1 <= n <= 4) or not (16 <= meta_len <= 65536):
        raise BackupError("damaged header")
    file_salt = data[28:60]
    slots_end = 60 + 96 * n
    h = slots_end + 32
    if len(data) < h + meta_len:
        raise BackupError("cut short")
    slots = [data[60 + 96 * i: 60 + 96 * (i + 1)] for i in range(n)]
    file_key = unlock(slots, file_salt, passphrase, recovery)

    header_key = hkdf(file_key, file_salt, "shopkeeper-backup v1 header")
    mac = hmac.new(header_key, data[:slots_end], hashlib.sha256).digest()
    if not hmac.compare_digest(mac, data[slots_end:h]):
        raise BackupError("damaged header (MAC)")

    metadata_key = hkdf(file_key, file_salt, "shopkeeper-backup v1 metadata")
    try:
        meta = json.loads(ChaCha20Poly1305(metadata_key).decrypt(bytes(12), data[h:h + meta_len], None))
    except InvalidTag:
        raise BackupError("damaged metadata")

    payload_key = ChaCha20Poly1305(hkdf(file_key, file_salt, "shopkeeper-backup v1 payload"))
    pos = h + meta_len
    i = 0
    plain = []
    while True:
        rest = len(data) - pos
        if rest < TAG:
            raise BackupError("cut short")
        last = rest <= STORED_CHUNK
        stored = data[pos:pos + (rest if last else STORED_CHUNK)]
        nonce = i.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
        try:
            chunk = payload_key.decrypt(nonce, stored, None)
        except InvalidTag:
            raise BackupError("damaged or cut short payload (chunk %d)" % i)
        if last and len(chunk) == 0 and i != 0:
            raise BackupError("damaged payload (empty final chunk)")
        plain.append(chunk)
        pos += len(stored)
        i += 1
        if last:
            break
    db = b"".join(plain)
    page_size, page_count = meta["page_size"], meta["page_count"]
    if len(db) != page_size * page_count:
        raise BackupError("payload length does not match the metadata")
    if page_count and db[:16] != b"SQLite format 3\x00":
        raise BackupError("payload is not an SQLite database")
    tmp = out_path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(db)
    os.replace(tmp, out_path)
    return meta


def main(argv):
    if len(argv) == 5 and argv[2] == "--recovery-hex":
        path, out, kw = argv[1], argv[4], {"recovery": bytes.fromhex(argv[3])}
    elif len(argv) == 4:
        path, out, kw = argv[1], argv[3], {"passphrase": argv[2]}
    else:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        meta = decrypt(path, out, **kw)
    except BackupError as e:
        print("error: %s" % e, file=sys.stderr)
        return 2
    print(json.dumps(meta, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
