## Words of the customer book: the list, its search and filters, bulk tags,
## the privacy symbol and the new-customer form.

customers = Customers
addCustomer = Add a customer
name = Name
email = Email
phone = Phone
optional = optional
save = Save customer
saving = Saving…
noCustomers = No customers yet. Add the first one with the form above.
customerCount =
    { $n ->
        [one] { $n } customer
       *[other] { $n } customers
    }
added = { $name } was added.
loadFailed = The customer list could not be loaded.
listNew = New customer
listNewHint = Add a new customer (Ctrl+N)
listCloseForm = Close the form
listFind = Find
listFindPlaceholder = Name, email, phone, note, product…
listTag = Tag
listVisit = Last visit
listVisits =
    .any = Any time
    .within-30 = In the last 30 days
    .within-90 = In the last 3 months
    .within-365 = In the last year
    .away-60 = Not for 2 months or more
    .away-180 = Not for 6 months or more
    .away-365 = Not for a year or more
listSpent = Spent at least ({ $currency })
listSpentInvalid = Type an amount like 50 or 12.50.
listMessages = May we write?
listMessageChoices =
    .any = Anyone
    .may-message = May receive messages
    .no-messages = No messages
    .not-asked = Not asked yet
listSort = Order
listSorts =
    .name = Name
    .last-visit = Last visit
    .spend = Spend
listClear = Clear filters
listNoMatch = Nobody matches. Try fewer words or clear the filters.
# Arguments: $n, $of
listMatching = { $n } of { $of }
listSelect = Select { $name }
listSelected = { $n } selected
listTagToAdd = Tag to add
listAddTag = Add tag
# Arguments: $tag, $n
listTagged =
    { $n ->
        [one] “{ $tag }” added to { $n } customer.
       *[other] “{ $tag }” added to { $n } customers.
    }
listUnselect = Clear selection
listSummaries = Summaries (PDF)
listSummariesHint = The selected customers' summaries for the staff, one per page, in one PDF. The file is not encrypted.
listSummariesFile = Customer summaries.pdf
# Arguments: $n, $path
listSummariesSaved =
    { $n ->
        [one] { $n } summary saved to { $path }. This file is not encrypted: keep it safe or delete it when done.
       *[other] { $n } summaries saved to { $path }. This file is not encrypted: keep it safe or delete it when done.
    }
listNever = Not yet
listLoading = Loading…
listHeaderName = Customer
listHeaderLast = Last visit
listHeaderSpent = Spent
privacyAllows = May receive messages by { $channels }
privacyNone = No messages: only about their own orders
privacyUnasked = Not asked yet whether we may write
channelNames =
    .email = email
    .sms = text message
    .phone = phone call
    .post = post
    .messaging = messaging app
