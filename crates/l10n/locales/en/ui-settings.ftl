## Words of the Settings screen: the shop, locking, passphrase, emergency kit, look, consent wording.

settings = Settings
setTitle = Settings
setShop = Your shop
setShopName = Shop name
setCurrency = Currency
setCurrencyHint = three letters, such as EUR or GBP
setCurrencyLocked = The currency stays { $code }: purchases are already recorded in it, and changing it would change what they were worth.
setRegion = Phone country
setRegionHint = two letters, such as GB: numbers without a country code are read as from there
setFrequency = Contact customers at most
setFrequencyTimes = times every
setFrequencyDays = days, unless a customer asked for something else
setMaxContacts = Most contacts per period
setPeriodDays = Period in days
setSave = Save
setSaved = Saved.
setAutoLock = Lock after this many quiet minutes
setAutoLockHint = 1 to 480
setPassphrase = Passphrase
setCurrentPassphrase = Current passphrase
setChangePassphrase = Change the passphrase
setPassphraseChanged = The passphrase is changed, and your data is sealed under a new key. Use the new passphrase from now on. Your old emergency kit no longer works: keep the new one below.
setOldCopies = These old copies next to your shop still open with the old passphrase or the old emergency kit. Delete them if you no longer need them:
setKit = Emergency kit
setKitIntro = A new emergency kit has a new recovery key, and your data is sealed under a new key. The old kit stops working, so print or save the new one and destroy the old one.
setKitPassphrase = Your passphrase, to confirm
setNewKit = Show a new emergency kit
setKitShown = Your new recovery key
setKitClose = I have kept it safe
setLook = Look
setConsent = Consent wording
setConsentIntro = What customers are asked for each purpose. Changing the words gives them a new version; every consent records the version the customer saw.
setPurposes =
    .service = Their own orders and repairs
    .recommendations = Personal recommendations
    .promotions = News and offers
    .occasions = Birthdays and occasions
setVersion = version { $v }
setSaveWording = Save wording
setTemplates = Message drafts
setTemplatesIntro = The words Today starts a draft with, per kind of follow-up. Names in braces are filled in for each customer.
setTemplateKind = Kind of follow-up
setTemplateSubject = Subject
setTemplateBody = Message
setTemplateCanUse = You can use: { $names }
setTemplateBuiltIn = Shopkeeper's own wording
setTemplateSave = Save draft wording
setTemplateSaved = Saved. New drafts use it.
setTemplateReset = Back to Shopkeeper's wording
setWordingSaved = Saved as version { $v }.
setRetention = Keeping data
setRetentionIntro = Keep customers' details only while they are still your customers. With a rule, Shopkeeper lists the people you have not seen for a while, so you can keep them (with a reason) or erase their data.
setRetentionRule = Review customers with no purchase or contact for
setRetentionOff = No rule (keep until erased)
setRetentionYears =
    { $n ->
        [one] { $n } year
       *[other] { $n } years
    }
setRetentionNone =
    { $n ->
        [one] No one to review: everyone has bought or been in touch within the last year.
       *[other] No one to review: everyone has bought or been in touch within the last { $n } years.
    }
setRetentionCount =
    { $n ->
        [one] { $n } customer to review
       *[other] { $n } customers to review
    }
setRetentionQuiet = Last seen { $date }
setRetentionKeep = Keep
setRetentionKeepFor = Keep { $name }
setRetentionReason = Why keep { $name }?
setRetentionKeepSave = Keep and note why
# Arguments: $name, $n
setRetentionKept =
    { $n ->
        [one] { $name } stays; they are out of the review for a year.
       *[other] { $name } stays; they are out of the review for { $n } years.
    }
setRetentionEraseHint = To erase someone, open them and use “Their data”.
setLanguage = Language
setLanguageSystem = Same as this computer
setLanguageHint = Shopkeeper’s window starts again in the language you choose.
setFormats = Dates and amounts
setFormatsLanguage = As the language writes them
setFormatsHint = A Swiss shop writes CHF 1’234.50, an Austrian one € 1.234,50. The window starts again in the formats you choose.
setWordingLanguage = Words in
setDigestTitle = Morning digest
setDigest = Show a morning digest when I unlock
setDigestHint = Once a day, at the first unlock: a notification with how many follow-ups, birthdays and promises are due, and whether a backup is due. Counts only, never a customer’s name: notifications can show on the lock screen.
