//! The typed boundary between the desktop shell and the web UI.
//!
//! Every value that crosses Tauri's IPC is one of the types here. They derive
//! [`ts_rs::TS`], and `cargo test -p shopkeeper-ipc` writes their TypeScript
//! twins to `ui/src/lib/bindings/`; a test fails when the committed file is
//! stale, so the two sides cannot drift. Only this crate and the shell know
//! these shapes: the core has its own domain types, converted here.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod about;
mod backup;
mod catalog;
mod customer;
mod customer_view;
mod duplicates;
mod error;
mod files;
mod import;
mod message;
mod money;
mod outcomes;
mod profile;
mod purchase;
mod quality;
mod retention;
mod sale;
mod settings;
mod staff;
mod sync;
mod today;
mod vault;
mod vcard;

pub use about::AboutDto;
pub use backup::{BackupMadeDto, BackupScheduleDto, BackupStatusDto, RestoredDto};
pub use catalog::{parse_money, CurrencyDto, ProductDto, ProductInputDto};
pub use customer::{
    CustomerDto, CustomerFilterDto, CustomerPageDto, CustomerRowDto, NewCustomerDto,
};
pub use customer_view::{
    ChangeSummaryDto, CustomerViewDto, CustomerViewStatusDto, FormChoiceDto, SelfEditDto,
    SignedFormDto,
};
pub use duplicates::{DuplicateReasonDto, LookAlikeDto, PossibleDuplicateDto};
pub use error::IpcError;
pub use files::{FileChoiceDto, FileFilterDto};
pub use import::{
    BadRowDto, ColumnMapDto, CsvPreviewDto, ImportKind, ImportProgressDto, ImportReportDto,
    ImportRequestDto, LayoutHowDto, LayoutSeenDto, PreviewLineDto, UndoReportDto,
};
pub use message::{IpcArg, IpcMessage};
pub use money::MoneyDto;
pub use outcomes::OutcomeDto;
pub use profile::{
    ConsentEntryDto, ConsentStatusDto, ContactEntryDto, CustomerDetailsDto, CustomerEditDto,
    EffectiveFrequencyDto, ErasureReportDto, FrequencyDto, ImportantDateDto, LinkDto,
    NewConsentDto, NewContactDto, NewPreferenceDto, PreferenceDto, ProfileDto, StatsDto,
    VocabularyDto,
};
pub use purchase::{
    parse_purchase_id, CorrectionDto, FieldChangeDto, PurchaseChangeDto, PurchaseDto,
    PurchaseLineDto, VoidDto,
};
pub use quality::{ContestEntryDto, QualityBinDto, QualityDto};
pub use retention::{RetentionDto, ReviewItemDto};
pub use sale::{NewSaleDto, SaleDto, SaleLineDto};
pub use settings::{ConsentWordingDto, SettingsDto, TemplateDto};
pub use staff::{ActivityDto, NewStaffDto, StaffDto, WorkingDto};
pub use sync::{
    SyncConflictDto, SyncOnDto, SyncPeerDto, SyncRejectedDto, SyncReportDto, SyncStartedDto,
    SyncStatusDto,
};
pub use today::{ContactLinkDto, DraftDto, RecentContactDto, SuggestionDto};
pub use vault::{CreatedVaultDto, NewShopDto, RekeyedDto, StrengthDto, VaultStatusDto};
pub use vcard::{VcardCardNotesDto, VcardImportReportDto, VcardImportRequestDto};

#[cfg(test)]
mod bindings {
    //! Keeps `ui/src/lib/bindings/` in step with the Rust types.
    //! Run with `UPDATE_BINDINGS=1` to rewrite the files after a change.

    use std::path::PathBuf;

    use ts_rs::TS;

    use super::*;

    fn check<T: TS + 'static>(stale: &mut Vec<String>) {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings");
        let path = dir.join(format!("{}.ts", T::name(&ts_rs::Config::default())));
        let fresh =
            T::export_to_string(&ts_rs::Config::default()).expect("type renders to TypeScript");
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, fresh).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(fresh.as_str()) {
            stale.push(path.display().to_string());
        }
    }

    #[test]
    fn typescript_bindings_are_up_to_date() {
        let mut stale = Vec::new();
        check::<CustomerDto>(&mut stale);
        check::<DuplicateReasonDto>(&mut stale);
        check::<PossibleDuplicateDto>(&mut stale);
        check::<LookAlikeDto>(&mut stale);
        check::<CustomerViewStatusDto>(&mut stale);
        check::<CustomerViewDto>(&mut stale);
        check::<SelfEditDto>(&mut stale);
        check::<ChangeSummaryDto>(&mut stale);
        check::<FormChoiceDto>(&mut stale);
        check::<SignedFormDto>(&mut stale);
        check::<AboutDto>(&mut stale);
        check::<NewCustomerDto>(&mut stale);
        check::<IpcError>(&mut stale);
        check::<IpcArg>(&mut stale);
        check::<IpcMessage>(&mut stale);
        check::<VaultStatusDto>(&mut stale);
        check::<StrengthDto>(&mut stale);
        check::<CreatedVaultDto>(&mut stale);
        check::<RekeyedDto>(&mut stale);
        check::<NewShopDto>(&mut stale);
        check::<MoneyDto>(&mut stale);
        check::<RetentionDto>(&mut stale);
        check::<ReviewItemDto>(&mut stale);
        check::<CurrencyDto>(&mut stale);
        check::<ProductDto>(&mut stale);
        check::<ProductInputDto>(&mut stale);
        check::<SaleLineDto>(&mut stale);
        check::<NewSaleDto>(&mut stale);
        check::<SaleDto>(&mut stale);
        // Settings, backups and the import wizard
        check::<SettingsDto>(&mut stale);
        check::<ConsentWordingDto>(&mut stale);
        check::<TemplateDto>(&mut stale);
        check::<BackupScheduleDto>(&mut stale);
        check::<BackupStatusDto>(&mut stale);
        check::<BackupMadeDto>(&mut stale);
        check::<RestoredDto>(&mut stale);
        check::<ImportKind>(&mut stale);
        check::<CsvPreviewDto>(&mut stale);
        check::<ColumnMapDto>(&mut stale);
        check::<ImportRequestDto>(&mut stale);
        check::<BadRowDto>(&mut stale);
        check::<ImportReportDto>(&mut stale);
        check::<ImportProgressDto>(&mut stale);
        check::<UndoReportDto>(&mut stale);
        check::<VcardImportRequestDto>(&mut stale);
        check::<VcardCardNotesDto>(&mut stale);
        check::<VcardImportReportDto>(&mut stale);
        check::<LayoutHowDto>(&mut stale);
        check::<LayoutSeenDto>(&mut stale);
        check::<PreviewLineDto>(&mut stale);
        // Sync
        check::<SyncStatusDto>(&mut stale);
        check::<SyncOnDto>(&mut stale);
        check::<SyncPeerDto>(&mut stale);
        check::<SyncRejectedDto>(&mut stale);
        check::<SyncReportDto>(&mut stale);
        check::<SyncStartedDto>(&mut stale);
        check::<SyncConflictDto>(&mut stale);
        // Today
        check::<SuggestionDto>(&mut stale);
        check::<QualityDto>(&mut stale);
        check::<QualityBinDto>(&mut stale);
        check::<ContestEntryDto>(&mut stale);
        check::<OutcomeDto>(&mut stale);
        check::<DraftDto>(&mut stale);
        check::<ContactLinkDto>(&mut stale);
        check::<RecentContactDto>(&mut stale);
        // Customers and the profile
        check::<CustomerFilterDto>(&mut stale);
        check::<CustomerPageDto>(&mut stale);
        check::<CustomerRowDto>(&mut stale);
        check::<ConsentEntryDto>(&mut stale);
        check::<ConsentStatusDto>(&mut stale);
        check::<ContactEntryDto>(&mut stale);
        check::<CustomerDetailsDto>(&mut stale);
        check::<CustomerEditDto>(&mut stale);
        check::<EffectiveFrequencyDto>(&mut stale);
        check::<FrequencyDto>(&mut stale);
        check::<ImportantDateDto>(&mut stale);
        check::<LinkDto>(&mut stale);
        check::<NewConsentDto>(&mut stale);
        check::<NewContactDto>(&mut stale);
        check::<NewPreferenceDto>(&mut stale);
        check::<PreferenceDto>(&mut stale);
        check::<ProfileDto>(&mut stale);
        check::<PurchaseDto>(&mut stale);
        check::<PurchaseLineDto>(&mut stale);
        check::<VoidDto>(&mut stale);
        check::<FieldChangeDto>(&mut stale);
        check::<PurchaseChangeDto>(&mut stale);
        check::<CorrectionDto>(&mut stale);
        check::<StatsDto>(&mut stale);
        check::<VocabularyDto>(&mut stale);
        check::<ErasureReportDto>(&mut stale);
        // Staff at the counter
        check::<StaffDto>(&mut stale);
        check::<NewStaffDto>(&mut stale);
        check::<WorkingDto>(&mut stale);
        check::<ActivityDto>(&mut stale);
        // Files chosen in the native dialog
        check::<FileChoiceDto>(&mut stale);
        check::<FileFilterDto>(&mut stale);
        assert!(
            stale.is_empty(),
            "stale TypeScript bindings (run `UPDATE_BINDINGS=1 cargo test -p shopkeeper-ipc`): {stale:?}"
        );
    }
}
