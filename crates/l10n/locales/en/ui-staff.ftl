## Words of staff at the counter: who is working, switching person, Settings → Staff, the activity view.

staffWorking = At the counter
staffOwner = Owner
# The owner's mark in the sidebar, one or two letters.
staffOwnerInitials = O
staffSwitch = Switch person
staffWhoTitle = Who is at the counter?
staffWhoIntro = Tap your name and type your PIN.
staffWhoIdle = It has been quiet for a while. Tap your name and type your PIN to carry on.
staffPin = Your PIN
staffOwnerPinOrPassphrase = The owner’s PIN or the passphrase
staffOwnerPassphrase = The passphrase
# Customer view's way back, for the member of staff who turned the screen.
cwUnlockStaffPin = Your PIN, the owner’s PIN or the passphrase
cwUnlockStaffPassphrase = Your PIN or the passphrase
staffSignIn = Carry on
staffBack = Back
staffCancel = Cancel
staffRoles =
    .owner = Owner
    .manager = Manager
    .staff = Staff
staffRoleHints =
    .owner = Everything, also the passphrase, staff and sync.
    .manager = Everything but the passphrase, staff and sync.
    .staff = Customers, sales, preferences, consent and contacts. No settings, no exports of many customers, no erasing.
staffTitle = Staff
staffIntro = Each person has their own PIN, so the shop knows who recorded what. The passphrase stays yours.
staffNone = Nobody yet: only you work at the counter.
staffAddTitle = Add a person
staffName = Name
staffNameNeeded = Type their name.
staffRole = Role
staffTheirPin = Their PIN
staffPinHint = 6 to 12 digits
staffPinAgain = The PIN again
staffPinDigits = A PIN is 6 to 12 digits.
staffPinMismatch = The two PINs are not the same.
staffColour = Colour
staffColourN = Colour { $n }
staffAdd = Add
staffAdded = { $name } is added. They can sign in with their PIN.
staffRoleOf = Role of { $name }
staffRoleChanged = { $name }’s role is changed.
staffNewPin = New PIN
staffNewPinFor = New PIN for { $name }
staffSavePin = Save the PIN
staffPinChanged = { $name } has a new PIN.
staffRemove = Remove
staffRemoveAsk = Remove { $name }? They can no longer sign in; what they recorded keeps their name.
staffRemoveYes = Remove
staffKeep = Keep
staffRemoved = { $name } is removed.
staffAskAfter = Ask who is at the counter after this many quiet minutes
staffAskAfterHint = 0 = never
actTitle = Who did what
actIntro = What each person recorded, newest first.
actPerson = Person
actOf = What { $name } did
actLoading = Loading…
actNothing = Nothing recorded yet.
actCount = { $n ->
    [one] 1 record
   *[other] { $n } records
}
actKinds =
    .sale = Sale
    .correction = Corrected a sale
    .consent = Consent
    .preference = Preference
    .contact = Contact
    .follow-up = Follow-up
    .erasure = Erased a customer
    .export = Export
    .backup = Backup
    .import = Import
    .staff-added = Added a person
    .staff-removed = Removed a person
    .staff-role = Changed a role
