## Words of possible duplicates: the list on the Customers screen, comparing
## two records side by side, merging, and the note while a customer is typed in.

dupOpen = Possible duplicates
dupClose = Close the duplicates
dupHeading = Possible duplicates
dupIntro = Customers who may be one person written twice. Compare them, then merge or leave them be.
dupLoading = Looking for duplicates…
dupNone = No likely duplicates among your customers.
dupCount =
    { $n ->
        [one] { $n } pair to look at
       *[other] { $n } pairs to look at
    }
dupLikely =
    { $band ->
        [very] Very likely one person
        [likely] Likely one person
       *[possibly] Possibly one person
    }
dupCompare = Compare
dupHide = Hide
dupKeep = Keep this record
dupAdded = Added { $date }
dupNoEmail = no email
dupNoPhone = no phone
dupMerge = Merge into { $into }
dupMerging = Merging…
dupMergeNote = Purchases, preferences, consent history, contacts and promises move to the record you keep. Its details stay; the other record's emails, phones, tags and notes are added; empty fields are filled from it.
dupMerged = Merged into { $name }.
dupLooksLike = This looks like someone already in your book:
dupOpenExisting = Open { $name }
# Arguments: $kind, $a, $b
dupReason =
    { $kind ->
        [same-email] same email ({ $a })
        [same-phone] same phone ({ $a })
        [same-name] same name
        [same-name-reordered] same name, written differently
        [short-form] { $a } and { $b } are one name
        [initial] { $a }. could be { $b }
        [name-within] one name is part of the other
        [similar-spelling] names spelled almost the same
        [other-emails] but different emails
        [other-phones] but different phones
       *[other] something else in common
    }
