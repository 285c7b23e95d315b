## Words of one customer's profile: details, consent, contact wishes,
## preferences, purchases, contacts, household, print and export.

profileBack = All customers
profileLoadFailed = This customer could not be loaded.
profileSince = Customer since { $date }
# Arguments: $visits, $spent
profileStats =
    { $visits ->
        [one] { $visits } visit, { $spent } in all
       *[other] { $visits } visits, { $spent } in all
    }
profileLastVisit = last on { $date }
profilePrint = Print
profilePrintHint = Print this profile as a tidy sheet
profileExport = Export summary…
profileExportFor = Summary for
profileExportVariants =
    .shop = The shop (sizes, dislikes, recent purchases)
    .customer = The customer (everything we keep, with the consent history)
profileExportSaved = Saved to { $path }. This file is not encrypted: keep it safe or delete it when done.
profileExportWarning = The exported file is not encrypted.
rightsTitle = Their data
rightsIntro = Customers may ask what the shop keeps about them, or to be forgotten.
rightsExport = Export everything about them…
# Arguments: $json, $pdf
rightsExportSaved = Saved { $json } and { $pdf }. These files are not encrypted: hand them over, then delete them.
rightsErase = Erase this customer…
rightsKeepPurchases = Keep their purchases for the sales figures, without their name
rightsDeletePurchases = Delete their purchases too
rightsWillRemove = This will remove for good:
# Arguments: $n, $keep
rightsPurchases =
    { $keep ->
        [true] { $n ->
            [one] { $n } purchase kept without their name
           *[other] { $n } purchases kept without their name
        }
       *[false] { $n ->
            [one] { $n } purchase deleted
           *[other] { $n } purchases deleted
        }
    }
rightsBackups = Backup files made before today still hold their data until they are rotated out.
rightsConfirm = Erase { $name } for good
rightsCancel = Keep them
rightsErased = { $name } was erased.
profileSaved = Saved.
detailsTitle = Contact details
detailsName = Name
detailsGiven = Given name
detailsFamily = Family name
detailsEmails = Emails
detailsPhones = Phones
detailsListHint = separate with commas
detailsAddress = Address
detailsLanguage = Language
detailsBirthday = Birthday
detailsDateHint = 1980-04-23, or 04-23 without the year
detailsDates = Dates to remember
detailsDateLabel = What
detailsDate = Date
detailsAddDate = Add a date
detailsRemoveDate = Remove { $label }
detailsThisDate = this date
detailsTags = Tags
detailsNotes = Notes
detailsRef = Reference in another system
detailsSave = Save details
consentTitle = May we contact them?
consentIntro = Each box says what the customer allowed. Choose a box to record a new answer.
consentChannel = Channel
consentStates =
    .granted = Yes
    .refused = No
    .not-asked = Not asked
# Arguments: $channel, $purpose, $state
consentCell = { $channel }, { $purpose }: { $state }. Change
# Arguments: $channel, $purpose
consentChange = { $channel } — { $purpose }
consentNewState = Their answer
consentMethod = How did they tell you?
consentMethods =
    .in-person = In person
    .signed-form = Signed form
    .email-reply = Email reply
    .phone = On the phone
    .other = Another way…
consentMethodChoose = Choose…
consentOtherMethod = Which way?
consentMethodMissing = Say how the customer told you, so the answer can be shown later.
consentWording = Version of the wording shown
consentWordingHint = e.g. v2, or the form's date
consentNote = Note
consentSave = Record the answer
consentCancel = Cancel
consentHistoryShow = Show the history
consentHistoryHide = Hide the history
consentHistoryTitle = Every answer, newest first
consentHistoryEmpty = Nothing recorded yet.
consentWhen = When
consentWhat = Channel and purpose
consentAnswer = Answer
consentHow = How
consentWordingShort = Wording
consentNoteShort = Note
channelLabels =
    .email = Email
    .sms = Text message
    .phone = Phone call
    .post = Post
    .messaging = Messaging app
purposeLabels =
    .service = Their orders and repairs
    .recommendations = Personal recommendations
    .promotions = Offers and news
    .occasions = Birthdays and occasions
freqTitle = How often to get in touch
freqShopDefault = They have not said; the shop's usual rule applies.
freqMax = At most
freqPeriod = every (days)
freqChannel = Preferred way
freqAnyChannel = No preference
freqDays = Preferred days
freqTimes = Preferred times
freqTimesHint = in their words, e.g. mornings
freqQuiet = Not before
freqTopics = Topics they want to hear about
freqSave = Save contact wishes
weekdays =
    .Mon = Mon
    .Tue = Tue
    .Wed = Wed
    .Thu = Thu
    .Fri = Fri
    .Sat = Sat
    .Sun = Sun
prefsTitle = Preferences
prefsEmpty = Nothing noted yet.
prefsCategory = Kind
prefsValue = What
prefsAppliesTo = For
prefsSource = Source
prefsPurpose = Why we keep it
prefsPurposeHint = optional
prefsAdd = Remember
prefsRemove = Forget “{ $value }”
# Arguments: $source, $date
prefsNoted = { $source } · { $date }
categoryLabels =
    .size = Size
    .fit = Fit
    .colour = Colour
    .brand = Brand
    .style = Style
    .taste = Taste
    .allergy = Allergy
    .dislike = Dislike
    .gift-idea = Gift idea
    .other = Other
sourceLabels =
    .said = They said
    .observed = We noticed
purchasesTitle = Purchases
purchasesEmpty = No purchases yet.
purchasesQty = Qty
purchasesItem = Item
purchasesAmount = Amount
purchasesReturn = Returned
purchasesReceipt = Receipt #{ $n }
purchasesReturnOf = Return of receipt #{ $n }
purchaseChannels =
    .in-shop = In the shop
    .phone = By phone
    .online = Online
purchaseVoid = Void
purchaseVoided = Void
purchaseVoidedBecause = Voided: { $reason }
# Arguments: $total, $date
purchaseVoidQuestion = Void the purchase of { $total } on { $date }? It stays on record, marked void, and no longer counts in spend, visits, suggestions or summaries.
purchaseVoidReason = Why (kept with the purchase)
# Arguments: $total, $date
purchaseVoidConfirm = Void the purchase of { $total } on { $date }
purchaseVoidNeedsReason = Say why the purchase is voided.
purchaseCorrect = Correct
purchaseCorrectTitle = Correct the purchase of { $date }
purchaseCorrectWhen = Date and time
purchaseCorrectCustomer = Customer
purchaseCorrectReason = Why (optional, kept in its history)
purchaseCorrectSave = Save the correction
purchaseCancel = Cancel
purchaseHistory = History
purchaseHistoryNone = Not voided or corrected.
# Arguments: $kind, $at, $author
purchaseHistoryEntry =
    { $kind ->
        [void] Voided on { $at } by { $author }
       *[other] Corrected on { $at } by { $author }
    }
contactsTitle = Contact log
contactsEmpty = No contacts logged yet.
contactsChannel = How
contactsPurpose = About
contactsSummary = What was said
contactsLog = Log contact
householdTitle = Household
householdEmpty = No one linked yet.
householdFind = Find someone to link
householdRelation = They are
householdLink = Link
householdUnlink = Remove the link to { $name }
householdTheyListed = listed this customer as: { $relation }
relationLabels =
    .partner = Partner
    .child = Child
    .parent = Parent
    .buys-for = Buys for them
    .other = Other
householdChoose = Choose a customer from the results first.
