//! Which fonts a summary asks for: the family names, best first, and the
//! characters another installed font must cover to stand in.

use super::find::Want;

/// Latin, Greek and Cyrillic letters a stand-in main font must have.
const EUROPEAN: &str = "AZazæøëßŁΩωЖж";

/// Body text and tables (required).
pub(super) const SANS: Want = Want {
    families: &["Noto Sans", "DejaVu Sans", "Liberation Sans"],
    sample: EUROPEAN,
};

/// The customer's name and headings; the sans font when none is installed.
pub(super) const SERIF: Want = Want::named(&["Noto Serif", "DejaVu Serif", "Liberation Serif"]);

/// Arabic names and notes.
pub(super) const ARABIC: Want = Want {
    families: &["Noto Sans Arabic", "Noto Naskh Arabic"],
    sample: "ابحدلمنهوي",
};

/// Chinese, Japanese and Korean: Simplified Chinese forms first; every face of
/// Noto's CJK collections covers all three.
pub(super) const CJK: Want = Want {
    families: &[
        "Noto Sans CJK SC",
        "Noto Sans SC",
        "Noto Sans CJK JP",
        "Noto Serif CJK SC",
    ],
    sample: "李小龙あア한",
};

/// More scripts, used when installed (Debian: in `fonts-noto-core`).
pub(super) const OTHER_SCRIPTS: [Want; 17] = [
    Want {
        families: &["Noto Sans Hebrew"],
        sample: "אבגדהש",
    },
    Want::named(&["Noto Sans Devanagari"]),
    Want::named(&["Noto Sans Bengali"]),
    Want::named(&["Noto Sans Tamil"]),
    Want::named(&["Noto Sans Telugu"]),
    Want::named(&["Noto Sans Gujarati"]),
    Want::named(&["Noto Sans Gurmukhi"]),
    Want::named(&["Noto Sans Kannada"]),
    Want::named(&["Noto Sans Malayalam"]),
    Want::named(&["Noto Sans Sinhala"]),
    Want::named(&["Noto Sans Thai"]),
    Want::named(&["Noto Sans Lao"]),
    Want::named(&["Noto Sans Khmer"]),
    Want::named(&["Noto Sans Myanmar"]),
    Want::named(&["Noto Sans Armenian"]),
    Want::named(&["Noto Sans Georgian"]),
    Want::named(&["Noto Sans Ethiopic"]),
];
