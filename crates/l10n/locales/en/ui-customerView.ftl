## Customer view: what the owner reads (the button, the PIN in Settings,
## the summary on return, the paper form).

cvOpen = Customer view
cvOpenHint = Turn the screen to the customer: they see and set their own preferences and choices
cvForm = Consent form…
cvFormHint = A one-page form to fill in by hand, with what we know already
cvFormBlank = Blank consent form…
cvFormSaved = Saved to { $path }. This file is not encrypted: print it, then delete it.
cvSummaryTitle = While the customer had the screen
cvSummaryDismiss = Done
cvPaperTitle = Copy a signed form
cvPaperIntro = Tick what the customer ticked on the paper form. Each answer is added to the history as a signed form.
cvPaperOpen = Copy a signed form…
cvPaperSignedOn = Signed on
cvPaperNote = Note
cvPaperNoteHint = where the paper is kept, optional
cvPaperYes = Yes
cvPaperNo = No
cvPaperBlank = —
# Arguments: $channel, $purpose
cvPaperAnswer = { $channel }, { $purpose }
cvPaperSave = Add to the history
cvPaperCancel = Cancel
cvPaperSaved =
    { $n ->
        [one] { $n } answer added to the history.
       *[other] { $n } answers added to the history.
    }
cvMethodLabels =
    .customer-in-shop = Set by the customer in the shop
    .signed-form = Signed form
pinTitle = Owner PIN
pinIntro = A short number to take the screen back from Customer view. Without one, the passphrase is asked. Only a scrambled form of it is kept, inside the vault.
pinIsSet = A PIN is set.
pinNotSet = No PIN yet.
pinNew = New PIN
pinHint = 4 to 12 digits
pinPassphrase = Your passphrase
pinSave = Save PIN
pinClear = Remove PIN
pinSaved = PIN saved.
pinCleared = PIN removed.
pinFormTitle = Paper form
pinFormIntro = For customers who prefer paper: a blank preference and consent form to print.

## What the customer at the counter reads (cw…), in the customer's own
## language when Shopkeeper speaks it, else English.
## The consent questions themselves are the shop's wordings (consent.ftl,
## reworded per language in Settings), sent by the core with their versions.

cwHello = Hello, { $name }
cwIntro = This is what we keep about you, and why. You can correct anything here; the shop sees your changes.
cwWhyTitle = What we keep and why
cwWhy =
    .contact = Contact details
    .contact-why = To reach you the way you asked.
    .preferences = Preferences
    .preferences-why = To remember what you like and avoid what you don't.
    .purchases = Purchases
    .purchases-why = To know what you bought, for service and repairs.
    .choices = Your choices
    .choices-why = To show what you allowed, and when.
cwDetailsTitle = How to reach you
cwEmail = Email
cwPhone = Phone
cwAddress = Address
cwBirthday = Birthday
cwBirthdayHint = for example 1980-04-23, or 04-23
cwSaveDetails = Save my details
cwSaved = Saved. Thank you.
cwPrefsTitle = What you like, and what you don't
cwPrefsEmpty = Nothing noted yet.
cwRemove = Remove { $what }
cwAddKind = Kind
cwAddValue = What to remember
cwAdd = Add
cwCategories =
    .size = Size
    .fit = Fit
    .colour = Colour
    .brand = Brand
    .style = Style
    .taste = Taste
    .allergy = Allergy
    .dislike = Don't like
    .gift-idea = Gift idea
    .other = Other
cwConsentTitle = May we contact you?
cwConsentIntro = Choose yes or no for each way. You can change your mind at any time.
cwChannels =
    .email = Email
    .sms = Text message
    .phone = Phone call
    .post = Post
    .messaging = Messaging app
cwYes = Yes
cwNo = No
cwNotAsked = Not asked yet
# Arguments: $channel, $answer
cwAnswerLabel = { $channel }: { $answer }
cwWordingVersion = Wording { $v }
cwOftenTitle = How often
cwOftenLabel = At most one message every
cwPeriods =
    .days-7 = week
    .days-14 = two weeks
    .days-30 = month
    .days-90 = three months
    .days-365 = year
cwQuietLabel = No messages until
cwQuietHint = leave empty for no pause
cwSaveOften = Save
cwHistoryTitle = Your choices so far
cwHistoryEmpty = No choices recorded yet.
cwHistoryHow = ({ $how })
cwMethods =
    .customer-in-shop = you, in the shop
    .signed-form = signed form
    .in-person = in person
cwDone = I'm done
cwThanksTitle = Thank you
cwThanksText = Please hand the screen back to the shop.
cwStaff = For the shop
cwUnlockTitle = For the shop
cwUnlockPin = Owner PIN or passphrase
cwUnlockPassphrase = Passphrase
cwUnlock = Take the screen back
cwBack = Back
